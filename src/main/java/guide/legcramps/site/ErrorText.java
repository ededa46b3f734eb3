package guide.legcramps.site;

import org.springframework.http.HttpStatus;

/**
 * What a reader is told for an error status: a title and one sentence, the same whether the
 * application renders the page or the container does. Never the exception or the request's own text.
 */
public record ErrorText(String title, String message) {

	public static ErrorText of(int status) {
		return switch (status) {
			case 400 -> new ErrorText("Bad request", "The address or the request could not be understood.");
			case 404 -> new ErrorText("Page not found",
					"We could not find the page you asked for. It may have moved, or the address may be mistyped.");
			case 405 -> new ErrorText("Method not allowed", "This site's pages can only be read.");
			default -> HttpStatus.Series.resolve(status) == HttpStatus.Series.CLIENT_ERROR
					? new ErrorText("Request not accepted", "The request could not be answered.")
					: new ErrorText("Something went wrong",
							"Sorry, the site could not show this page just now. Please try again in a moment.");
		};
	}

}
