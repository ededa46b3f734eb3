package guide.legcramps;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LegCrampsApplication {

	public static void main(String[] args) {
		SpringApplication.run(LegCrampsApplication.class, args);
	}

}
