package guide.legcramps.content.load;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import guide.legcramps.site.SiteProperties;

/**
 * With {@code site.watch=true}, reloads the content whenever a file under the content folder is
 * created, changed, renamed or deleted. Events are gathered until the folder has been quiet for a
 * moment, so an editor's save (often several writes) causes one reload. The bean always exists and
 * starts only with the setting, which is read when the site starts: with Spring AOT (the launcher)
 * a condition on the setting would be decided once, when the package is built.
 */
@Component
class ContentWatcher implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ContentWatcher.class);

	/** How long the folder must be quiet before a reload starts. */
	static final long QUIET_MILLIS = 100;

	private final Path contentDir;

	private final boolean enabled;

	private final ContentLoader loader;

	private volatile WatchService watchService;

	private volatile Thread thread;

	ContentWatcher(SiteProperties site, ContentLoader loader) {
		this.contentDir = site.contentDir();
		this.enabled = site.watch();
		this.loader = loader;
	}

	@Override
	public boolean isAutoStartup() {
		return this.enabled;
	}

	@Override
	public void start() {
		try {
			this.watchService = FileSystems.getDefault().newWatchService();
			registerTree(this.contentDir);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot watch " + this.contentDir, ex);
		}
		this.thread = new Thread(this::watch, "content-watcher");
		this.thread.setDaemon(true);
		this.thread.start();
		logger.info("Watching {} for changes", this.contentDir);
	}

	private void watch() {
		try {
			while (true) {
				WatchKey key = this.watchService.take();
				do {
					handle(key);
					key = this.watchService.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
				}
				while (key != null);
				try {
					this.loader.reload();
				}
				catch (RuntimeException ex) {
					logger.error("Reloading the content failed; the site keeps serving the previous content", ex);
				}
			}
		}
		catch (InterruptedException | ClosedWatchServiceException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void handle(WatchKey key) {
		Path dir = (Path) key.watchable();
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
				Path created = dir.resolve((Path) event.context());
				if (Files.isDirectory(created)) {
					try {
						registerTree(created);
					}
					catch (IOException ex) {
						logger.warn("Cannot watch new folder {}", created, ex);
					}
				}
			}
		}
		key.reset();
	}

	private void registerTree(Path root) throws IOException {
		try (Stream<Path> dirs = Files.walk(root)) {
			for (Path dir : dirs.filter(Files::isDirectory).toList()) {
				dir.register(this.watchService, StandardWatchEventKinds.ENTRY_CREATE,
						StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
			}
		}
	}

	@Override
	public void stop() {
		try {
			if (this.watchService != null) {
				this.watchService.close();
			}
		}
		catch (IOException ex) {
			logger.debug("Closing the watch service failed", ex);
		}
		if (this.thread != null) {
			this.thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null && this.thread.isAlive();
	}

}
