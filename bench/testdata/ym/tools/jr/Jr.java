// (ym) Print the text of the HTML page named by the argument as the Jericho
// HTML Parser renders it: net.htmlparser.jericho.Renderer (Debian's
// libjericho-html-java 3.2) of a Source made from the file read as UTF-8,
// with every option at its default (lines wrapped at 76 columns, links as
// "text <target>", list items as "* item", images by their alt text in
// brackets, table cells parted by tabs). Renderer.toString() is the text.
// Usage: javac -cp /usr/share/java/jericho-html.jar -d DIR Jr.java &&
// java -cp /usr/share/java/jericho-html.jar:DIR Jr P.html
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import net.htmlparser.jericho.Renderer;
import net.htmlparser.jericho.Source;

public class Jr {
    public static void main(String[] args) throws Exception {
        String html = new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        out.print(new Renderer(new Source(html)).toString());
        out.flush();
    }
}
