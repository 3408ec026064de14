import java.nio.file.Files;
import java.nio.file.Paths;

import org.htmlparser.Parser;
import org.htmlparser.beans.StringBean;

/**
 * SB PAGE.html: print the text of a page as the HTML Parser project's
 * StringBean (org.htmlparser, Debian's libhtmlparser-java) collects it: the
 * file, read as UTF-8, is parsed and visited by a StringBean with links off
 * (its default is off too), every other setting at its default (collapse
 * whitespace, replace non-breaking spaces), and getStrings() is printed.
 */
public class SB {
    public static void main(String[] args) throws Exception {
        String html = new String(Files.readAllBytes(Paths.get(args[0])), "UTF-8");
        Parser parser = Parser.createParser(html, "UTF-8");
        StringBean bean = new StringBean();
        bean.setLinks(false);
        parser.visitAllNodesWith(bean);
        System.out.println(bean.getStrings());
    }
}
