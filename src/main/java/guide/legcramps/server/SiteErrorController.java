package guide.legcramps.server;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import guide.legcramps.site.ErrorText;
import guide.legcramps.site.PageMeta;

/**
 * Every error the site answers, in the site's layout: a short explanation and ways onward, never
 * an exception message, class name or stack trace.
 */
@Controller
class SiteErrorController implements ErrorController {

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status;
		if (code == null) {
			// Someone asked for /error itself: there is no error to report, and no such page.
			status = HttpServletResponse.SC_NOT_FOUND;
		}
		else {
			status = (code instanceof Integer value && value >= 400 && value <= 599) ? value
					: HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
		}
		ErrorText text = ErrorText.of(status);
		ModelAndView view = new ModelAndView("error/page", HttpStatusCode.valueOf(status));
		view.addObject("meta", PageMeta.error(text.title(), text.message()));
		view.addObject("status", status);
		view.addObject("title", text.title());
		view.addObject("message", text.message());
		return view;
	}

}
