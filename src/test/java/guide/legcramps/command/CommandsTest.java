package guide.legcramps.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import guide.legcramps.site.SiteProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command line is parsed into, before anything starts. */
class CommandsTest {

	private record Parsed(Commands.Invocation invocation, String out, String err) {
	}

	private static Parsed parse(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Commands.Invocation invocation = Commands.parse(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Parsed(invocation, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void noWordServesWithEveryArgumentPassedOnUnchanged() {
		String[] args = { "--server.port=8081", "--spring.profiles.active=prod", "--logging.level.root=warn",
				"--management.server.port=9090", "--site.page-size=5", "--site.pageSize=5", "--debug" };
		Parsed parsed = parse(args);
		assertThat(parsed.invocation().command()).isEqualTo("serve");
		assertThat(parsed.invocation().arguments()).containsExactly(args);
		assertThat(parsed.out()).isEmpty();
		assertThat(parsed.err()).isEmpty();
	}

	@Test
	void commandsTakeTheirOwnArguments() {
		Parsed validate = parse("validate", "--site.content-dir=elsewhere");
		assertThat(validate.invocation().command()).isEqualTo("validate");
		assertThat(validate.invocation().arguments()).containsExactly("--site.content-dir=elsewhere");
		Parsed export = parse("export", "out", "--site.base-url=https://example.org");
		assertThat(export.invocation().command()).isEqualTo("export");
		assertThat(export.invocation().arguments()).containsExactly("out", "--site.base-url=https://example.org");
		assertThat(parse("serve", "--server.port=0").invocation().arguments()).containsExactly("--server.port=0");
	}

	@Test
	void helpListsTheCommandsAndEverySettingAndExitsZero() {
		for (String word : new String[] { "help", "--help", "-h" }) {
			Parsed parsed = parse(word);
			assertThat(parsed.invocation().command()).isEqualTo("exit");
			assertThat(parsed.invocation().status()).isZero();
			assertThat(parsed.out()).contains("validate", "export DIR", "--server.port");
			assertThat(parsed.err()).isEmpty();
		}
		String help = parse("validate", "--help").out();
		for (RecordComponent component : SiteProperties.class.getRecordComponents()) {
			assertThat(help).contains("--site." + ValidateCommand.settingName(component) + "=");
		}
		assertThat(help).contains("--site.page-size=", "(default: 10)", "(default: content)");
		assertThat(help).contains("--site.preview=               preview drafts and scheduled articles under"
				+ " /_content/preview/, from this machine only (on under mvn spring-boot:run) (default: false)");
	}

	@Test
	void anUnknownWordGetsTheUsageAndExitsTwo() {
		Parsed parsed = parse("frobnicate");
		assertThat(parsed.invocation().status()).isEqualTo(2);
		assertThat(parsed.err()).startsWith("legcramps: unknown command 'frobnicate'\nusage: java -jar legcramps.jar");
		assertThat(parse("validat").err()).startsWith("legcramps: unknown command 'validat'; did you mean 'validate'?");
		assertThat(parse("validate", "content").err()).startsWith("legcramps: 'content' is not an argument of validate");
		assertThat(parse("--server.port=8081", "frobnicate").invocation().status()).isEqualTo(2);
	}

	@Test
	void anUnknownSiteSettingGetsTheUsageWithTheNearestAndExitsTwo() {
		Parsed parsed = parse("--site.page-szie=5");
		assertThat(parsed.invocation().status()).isEqualTo(2);
		assertThat(parsed.err())
			.startsWith("legcramps: unknown setting 'site.page-szie'; did you mean 'site.page-size'?\nusage:");
		assertThat(parse("validate", "--site.content-dri=x").err())
			.startsWith("legcramps: unknown setting 'site.content-dri'; did you mean 'site.content-dir'?");
		assertThat(parse("export", "out", "--site.colour=red").err()).startsWith("legcramps: unknown setting 'site.colour'\n");
		assertThat(Arrays.asList(parse("--site.watch", "--site.page_size=3").invocation().arguments()))
			.containsExactly("--site.watch", "--site.page_size=3");
	}

}
