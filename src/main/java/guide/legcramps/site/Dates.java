package guide.legcramps.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as readers see them: "12 January 2026". */
public final class Dates {

	private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private Dates() {
	}

	public static String format(LocalDate date) {
		return (date != null) ? LONG.format(date) : null;
	}

}
