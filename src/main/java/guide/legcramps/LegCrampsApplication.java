package guide.legcramps;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import guide.legcramps.command.Commands;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LegCrampsApplication {

	/** {@code serve} (the default), {@code validate}, {@code export} or {@code help}: see {@link Commands}. */
	public static void main(String[] args) {
		Commands.main(args, LegCrampsApplication.class);
	}

}
