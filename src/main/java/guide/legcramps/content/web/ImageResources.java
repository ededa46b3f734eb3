package guide.legcramps.content.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

import guide.legcramps.content.load.ContentLoader;
import guide.legcramps.content.read.ImageFile;

/**
 * Serves the images of the current content set at their fingerprinted addresses
 * ({@code /images/calf-stretch-<md5>.svg}), from memory, through Spring's resource handler as the
 * stylesheet is: the type from the name, HEAD and ranges, and, being static and fingerprinted, a
 * year's immutable caching from the page cache. Only an image that passed its checks has an
 * address; any other path under {@code /images/} is the site's 404.
 */
@Configuration(proxyBeanMethods = false)
class ImageResources implements WebMvcConfigurer {

	/** Looked up on first use, as the loader needs the store, which needs the web configuration. */
	private final ObjectProvider<ContentLoader> loader;

	ImageResources(ObjectProvider<ContentLoader> loader) {
		this.loader = loader;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/" + ImageFile.FOLDER + "/**")
			.setUseLastModified(false)
			.resourceChain(false)
			.addResolver(new CurrentImages());
	}

	/** Finds an address among the current content's images. */
	private final class CurrentImages implements ResourceResolver {

		@Override
		public Resource resolveResource(HttpServletRequest request, String requestPath,
				List<? extends Resource> locations, ResourceResolverChain chain) {
			ImageFile image = ImageResources.this.loader.getObject()
				.current()
				.images()
				.get("/" + ImageFile.FOLDER + "/" + requestPath);
			return (image != null) ? new ImageResource(image) : null;
		}

		@Override
		public String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
				ResourceResolverChain chain) {
			return null;
		}

	}

	/** An image's bytes under its address's file name, from which the handler takes its type. */
	private static final class ImageResource extends ByteArrayResource {

		private final String filename;

		ImageResource(ImageFile image) {
			super(image.bytes(), image.path());
			this.filename = image.address().substring(image.address().lastIndexOf('/') + 1);
		}

		@Override
		public String getFilename() {
			return this.filename;
		}

	}

}
