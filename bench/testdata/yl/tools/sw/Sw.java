// (yl) Print the text of the HTML page named by the argument as Java's own
// Swing HTML support reads it: javax.swing.text.html.HTMLEditorKit parses
// the page into an HTMLDocument (the JDK's HTML 3.2 parser; the page's
// <meta charset> is ignored, the file is read as UTF-8) and getText prints
// the document's characters, every block ended by a line break. No options.
// Usage: javac -d DIR Sw.java && java -Djava.awt.headless=true -cp DIR Sw P.html
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import javax.swing.text.html.HTMLDocument;
import javax.swing.text.html.HTMLEditorKit;

public class Sw {
    public static void main(String[] args) throws Exception {
        HTMLEditorKit kit = new HTMLEditorKit();
        HTMLDocument doc = (HTMLDocument) kit.createDefaultDocument();
        doc.putProperty("IgnoreCharsetDirective", Boolean.TRUE);
        try (Reader r = new InputStreamReader(new FileInputStream(args[0]), StandardCharsets.UTF_8)) {
            kit.read(r, doc, 0);
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        out.print(doc.getText(0, doc.getLength()));
        out.flush();
    }
}
