// (yr) Print the text Apache PDFBox extracts from the PDF named by the
// argument: PDFTextStripper.getText() of the whole document, every option at
// its default (Debian's libpdfbox2-java 2.0.27), written as UTF-8.
// Usage: java -cp pdfbox2.jar:. PB P.pdf
import java.io.File;
import java.io.PrintStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

public class PB {
    public static void main(String[] args) throws Exception {
        try (PDDocument doc = PDDocument.load(new File(args[0]))) {
            PrintStream out = new PrintStream(System.out, true, "UTF-8");
            out.print(new PDFTextStripper().getText(doc));
            out.flush();
        }
    }
}
