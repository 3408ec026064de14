// Boil P.html > P.txt: what boilerpipe's ArticleExtractor keeps of a page
// (de.l3s.boilerpipe 1.2.0, ArticleExtractor.INSTANCE.getText of the page
// read as UTF-8, the library's one-call use), printed as UTF-8 with a final
// newline.
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

public class Boil {
	public static void main(String[] args) throws Exception {
		String html = new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8);
		String text = ArticleExtractor.INSTANCE.getText(html);
		PrintStream out = new PrintStream(System.out, false, "UTF-8");
		out.print(text);
		out.print("\n");
		out.flush();
	}
}
