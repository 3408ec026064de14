import de.l3s.boilerpipe.extractors.KeepEverythingExtractor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

// boilerpipe's KeepEverythingExtractor (Debian libboilerpipe-java): every
// text block boilerpipe's parser finds, none removed, one block a line.
public class KeepAll {
    public static void main(String[] a) throws Exception {
        String html = new String(Files.readAllBytes(Paths.get(a[0])), StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        out.println(KeepEverythingExtractor.INSTANCE.getText(html));
    }
}
