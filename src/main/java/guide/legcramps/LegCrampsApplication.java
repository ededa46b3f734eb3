package guide.legcramps;

import java.time.Clock;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import guide.legcramps.content.ValidateCommand;
import guide.legcramps.export.ExportCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LegCrampsApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("validate")) {
			System.exit(ValidateCommand.run(Arrays.copyOfRange(args, 1, args.length), Clock.systemUTC(), System.out));
		}
		if (args.length > 0 && args[0].equals("export")) {
			System.exit(ExportCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out));
		}
		SpringApplication.run(LegCrampsApplication.class, args);
	}

}
