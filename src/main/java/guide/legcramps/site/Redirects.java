package guide.legcramps.site;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

public final class Redirects {

	private Redirects() {
	}

	/** A 301 to a path of this site, such as {@code /page/1} to the list's own URL. */
	public static ModelAndView permanent(String path) {
		RedirectView view = new RedirectView(path, true);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

}
