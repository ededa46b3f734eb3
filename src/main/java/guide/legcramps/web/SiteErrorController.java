package guide.legcramps.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the site answers, in the site's layout: a short explanation and ways onward, never
 * an exception message, class name or stack trace.
 */
@Controller
class SiteErrorController implements ErrorController {

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		if (status == null || !status.isError()) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String title;
		String message;
		switch (status) {
			case NOT_FOUND -> {
				title = "Page not found";
				message = "We could not find the page you asked for. It may have moved, or the address may be mistyped.";
			}
			case BAD_REQUEST -> {
				title = "Bad request";
				message = "The address or the request could not be understood.";
			}
			case METHOD_NOT_ALLOWED -> {
				title = "Method not allowed";
				message = "This site's pages can only be read.";
			}
			default -> {
				if (status.is4xxClientError()) {
					title = "Request not accepted";
					message = "The request could not be answered.";
				}
				else {
					title = "Something went wrong";
					message = "Sorry, the site could not show this page just now. Please try again in a moment.";
				}
			}
		}
		ModelAndView view = new ModelAndView("error/page", status);
		view.addObject("meta", PageMeta.error(title, message));
		view.addObject("status", status.value());
		view.addObject("title", title);
		view.addObject("message", message);
		return view;
	}

}
