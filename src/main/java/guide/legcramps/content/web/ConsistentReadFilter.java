package guide.legcramps.content.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import guide.legcramps.content.load.ContentSwitch;

/** Every request is answered from one content set: a reload switches between requests, never during one. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ConsistentReadFilter extends OncePerRequestFilter {

	private final ContentSwitch contentSwitch;

	ConsistentReadFilter(ContentSwitch contentSwitch) {
		this.contentSwitch = contentSwitch;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.contentSwitch.beginRead();
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.contentSwitch.endRead();
		}
	}

}
