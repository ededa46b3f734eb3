package guide.legcramps.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A query string Tomcat cannot decode (bytes that are not UTF-8, say {@code ?q=%C3%28}) is the
 * client's mistake: the site's 400 page, not an error logged with a stack trace. Tomcat decodes
 * parameters only when a handler first asks for one, so this reaches the handlers that read them
 * (the search page, the actuator).
 */
@ControllerAdvice
class BadParameters {

	@ExceptionHandler(InvalidParameterException.class)
	void undecodable(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

}
