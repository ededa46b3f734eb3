package guide.legcramps.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How text becomes terms, the same way for the pages and for what readers type: words split on
 * Unicode rules, possessives dropped, lower case, accents folded ("Café" finds "cafe"), English
 * stop words left out, and Porter stems ("Cramping" finds "cramps"). A query is also given the
 * content's synonyms, after the stop words (so "short of breath" and "short breath" are one key)
 * and before stemming (so a synonym matches every form of its words). Spelling works on the words
 * as written ({@link #WORDS}): folded but neither stemmed nor stopped, so a suggestion is always a
 * real word.
 */
final class Analysis {

	/**
	 * Lucene's English stop words, and the words of a reader's question that say nothing about its
	 * subject ("why do I get...", "what can my..."): every page has them, so they only blur the ranking
	 * and the snippets.
	 */
	static final CharArraySet STOP_WORDS;

	static {
		CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
		words.addAll(List.of("i", "me", "my", "you", "your", "we", "our", "am", "do", "does", "did", "can", "could",
				"should", "would", "what", "why", "how", "when", "where", "which", "who", "have", "has", "had", "get",
				"gets", "got", "so", "very", "just", "from", "about"));
		STOP_WORDS = CharArraySet.unmodifiableSet(words);
	}

	/** The pages' searchable fields. */
	static final Analyzer STEMMED = new Chain(null, true, true, false);

	/** What a reader typed, without synonyms (phrases, warning signs): {@link #STEMMED}, colons splitting words. */
	static final Analyzer TYPED = new Chain(null, true, true, true);

	/**
	 * The words as written, for the spelling field and its suggestions: runs of letters, lower case,
	 * accents folded, {@value Spelling#MIN_LENGTH} letters or more (shorter words are never
	 * corrected). Splitting on letters is several times cheaper than Unicode word rules, and this
	 * field repeats every page's whole text.
	 */
	static final Analyzer WORDS = new Analyzer() {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new LetterTokenizer();
			TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
			return new TokenStreamComponents(source, new LengthFilter(stream, Spelling.MIN_LENGTH, MAX_WORD));
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new ASCIIFoldingFilter(new LowerCaseFilter(in));
		}

	};

	/** Longer "words" are not words a reader misspells. */
	static final int MAX_WORD = 40;

	/** A synonym's words as the synonym filter meets them in a query: folded and stopped, not stemmed. */
	static final Analyzer SYNONYM_KEYS = new Chain(null, true, false, false);

	private Analysis() {
	}

	/** A query's analyzer: {@link #TYPED} with the content's synonyms. */
	static Analyzer withSynonyms(SynonymMap synonyms) {
		return (synonyms == null || synonyms.fst == null) ? TYPED : new Chain(synonyms, true, true, true);
	}

	/** One word of a text and where it stands in it. */
	record Word(String term, int start, int end) {
	}

	static List<Word> words(Analyzer analyzer, String text) {
		List<Word> words = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			// text in memory cannot fail to read
			throw new UncheckedIOException(ex);
		}
		return words;
	}

	static List<String> terms(Analyzer analyzer, String text) {
		return words(analyzer, text).stream().map(Word::term).toList();
	}

	private static final NormalizeCharMap COLON_IS_A_SPACE;

	static {
		NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
		map.add(":", " ");
		COLON_IS_A_SPACE = map.build();
	}

	private static final class Chain extends Analyzer {

		private final SynonymMap synonyms;

		private final boolean stop;

		private final boolean stem;

		private final boolean typed;

		Chain(SynonymMap synonyms, boolean stop, boolean stem, boolean typed) {
			this.synonyms = synonyms;
			this.stop = stop;
			this.stem = stem;
			this.typed = typed;
		}

		/**
		 * A colon joins words for Unicode ("title:quinine" is one word); in what a reader types it
		 * separates them. Only there: the filter would cost the indexing of every page a good deal.
		 */
		@Override
		protected Reader initReader(String fieldName, Reader reader) {
			return this.typed ? new MappingCharFilter(COLON_IS_A_SPACE, reader) : reader;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new EnglishPossessiveFilter(source);
			stream = new LowerCaseFilter(stream);
			stream = new ASCIIFoldingFilter(stream);
			if (this.stop) {
				stream = new StopFilter(stream, STOP_WORDS);
			}
			if (this.synonyms != null) {
				stream = new SynonymGraphFilter(stream, this.synonyms, true);
			}
			if (this.stem) {
				stream = new PorterStemFilter(stream);
			}
			return new TokenStreamComponents(source, stream);
		}

		/** Between two values of one field (two names of a topic): far enough that no phrase spans them. */
		@Override
		public int getPositionIncrementGap(String fieldName) {
			return 100;
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new ASCIIFoldingFilter(new LowerCaseFilter(in));
		}

	}

}
