package guide.legcramps.search;

/**
 * What a reader typed, as plain text: control characters become spaces, runs of spaces one, and
 * the text is cut to {@value #MAX_WORDS} words and {@value #MAX_CHARACTERS} characters (at a word
 * break where there is one), which bounds what any query can cost. Nothing in it is syntax: quotes,
 * stars, colons, brackets and "AND" are just characters, which the analysis drops or keeps as words.
 *
 * @param shortened whether the text had to be cut
 */
record SearchQuery(String text, boolean shortened) {

	static final int MAX_CHARACTERS = 200;

	static final int MAX_WORDS = 20;

	static final SearchQuery EMPTY = new SearchQuery("", false);

	static SearchQuery of(String typed) {
		if (typed == null) {
			return EMPTY;
		}
		StringBuilder plain = new StringBuilder(Math.min(typed.length(), 4 * MAX_CHARACTERS));
		boolean space = true;
		int words = 0;
		boolean shortened = false;
		for (int i = 0; i < typed.length(); ) {
			int c = typed.codePointAt(i);
			i += Character.charCount(c);
			boolean blank = Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
					|| Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE;
			if (blank) {
				space = true;
				continue;
			}
			if (space && !plain.isEmpty()) {
				if (words == MAX_WORDS || plain.length() >= MAX_CHARACTERS) {
					shortened = true;
					break;
				}
				plain.append(' ');
			}
			if (space) {
				words++;
			}
			space = false;
			plain.appendCodePoint(c);
			if (plain.length() > MAX_CHARACTERS) {
				shortened = true;
				break;
			}
		}
		return new SearchQuery(cut(plain), shortened);
	}

	/** At most {@value #MAX_CHARACTERS} characters, ending at a word break when the text has one. */
	private static String cut(StringBuilder plain) {
		if (plain.length() <= MAX_CHARACTERS) {
			return plain.toString();
		}
		int end = MAX_CHARACTERS;
		if (Character.isLowSurrogate(plain.charAt(end))) {
			end--;
		}
		int lastSpace = plain.lastIndexOf(" ", end);
		return plain.substring(0, (lastSpace > 0) ? lastSpace : end);
	}

	boolean isEmpty() {
		return this.text.isEmpty();
	}

}
