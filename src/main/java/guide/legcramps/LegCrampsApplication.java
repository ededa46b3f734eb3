package guide.legcramps;

import java.time.Clock;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import guide.legcramps.content.ValidateCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LegCrampsApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("validate")) {
			System.exit(ValidateCommand.run(Arrays.copyOfRange(args, 1, args.length), Clock.systemUTC(), System.out));
		}
		SpringApplication.run(LegCrampsApplication.class, args);
	}

}
