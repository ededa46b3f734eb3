package guide.legcramps.content.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Related articles for every article, computed once per load: the editor's pins first, in their
 * order; then articles sharing at least one tag, scored by the sum over shared tags of
 * {@code ln(N / df(tag))} (a tag on most articles says little) plus a bonus for the same topic;
 * ties go to the more recently reviewed article, then to the title. Candidates come from the tag
 * index, so an article is only ever compared with articles it shares a tag with.
 */
public final class RelatedArticles {

	/** What the scoring needs to know of an article. */
	public record Entry(String slug, String title, String topic, List<String> tags, LocalDate reviewed,
			List<String> pins) {
	}

	/** One related article and why: the tags it shares (most specific first), and whether it was pinned. */
	public record Link(String slug, String title, List<String> sharedTags, boolean pinned, double score) {
	}

	private final int limit;

	private final double topicBonus;

	public RelatedArticles(int limit, double topicBonus) {
		this.limit = limit;
		this.topicBonus = topicBonus;
	}

	/**
	 * Related articles of every entry, keyed by slug in the entries' order. The work is split into
	 * one slice per processor; each slice keeps its own running scores, so they share nothing but
	 * the read-only index.
	 */
	public Map<String, List<Link>> compute(List<Entry> entries) {
		Index index = new Index(entries);
		int slices = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), entries.size() / 100));
		List<List<List<Link>>> lists = IntStream.range(0, slices).parallel().mapToObj((slice) -> {
			Scoring scoring = new Scoring(index);
			List<List<Link>> part = new ArrayList<>();
			for (int i = slice; i < entries.size(); i += slices) {
				part.add(scoring.relatedTo(i));
			}
			return part;
		}).toList();
		Map<String, List<Link>> result = new LinkedHashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			result.put(entries.get(i).slug(), lists.get(i % slices).get(i / slices));
		}
		return result;
	}

	/**
	 * The related articles {@code newcomer} would get were it one of {@code entries}: what a draft's
	 * preview shows. The others' lists are not computed, and do not change.
	 */
	public List<Link> computeFor(List<Entry> entries, Entry newcomer) {
		List<Entry> all = new ArrayList<>(entries);
		all.add(newcomer);
		return new Scoring(new Index(all)).relatedTo(all.size() - 1);
	}

	/** What every slice reads: each tag's members and weight, each article's position, review day and topic. */
	private static final class Index {

		private final List<Entry> entries;

		private final Map<String, int[]> members = new HashMap<>();

		private final Map<String, Double> weight = new HashMap<>();

		private final Map<String, Integer> position = new HashMap<>();

		private final long[] reviewed;

		private final int[] topic;

		Index(List<Entry> entries) {
			this.entries = entries;
			int n = entries.size();
			Map<String, List<Integer>> byTag = new HashMap<>();
			Map<String, Integer> topics = new HashMap<>();
			this.reviewed = new long[n];
			this.topic = new int[n];
			for (int i = 0; i < n; i++) {
				Entry entry = entries.get(i);
				for (String tag : entry.tags()) {
					byTag.computeIfAbsent(tag, (t) -> new ArrayList<>()).add(i);
				}
				this.position.put(entry.slug(), i);
				this.reviewed[i] = entry.reviewed().toEpochDay();
				this.topic[i] = topics.computeIfAbsent(entry.topic(), (t) -> topics.size());
			}
			byTag.forEach((tag, list) -> {
				this.members.put(tag, list.stream().mapToInt(Integer::intValue).toArray());
				this.weight.put(tag, Math.log((double) n / list.size()));
			});
		}

	}

	/**
	 * Scores articles one after another against the {@link Index}: each tag's members and weight
	 * are looked up once per tag, not once per candidate, and the running scores live in one array
	 * that is cleared after each article (only where it was touched). Every loop over the candidates
	 * is a small method of its own, and {@code relatedTo} keeps only loops over an article's few tags
	 * and pins: at start-up, in a fresh JVM, the JIT then compiles those loops within milliseconds,
	 * where it used to compile all of {@code relatedTo} on the stack, several times over, while the
	 * loops ran unoptimised.
	 */
	private final class Scoring {

		private final Index index;

		private final List<Entry> entries;

		private final double[] scores;

		private final boolean[] excluded;

		private final int[] touched;

		private int touchedCount;

		Scoring(Index index) {
			this.index = index;
			this.entries = index.entries;
			this.scores = new double[this.entries.size()];
			this.excluded = new boolean[this.entries.size()];
			this.touched = new int[this.entries.size()];
		}

		private List<Link> relatedTo(int self) {
			Entry article = this.entries.get(self);
			this.touchedCount = 0;
			for (String tag : article.tags()) {
				add(self, this.index.members.get(tag), this.index.weight.get(tag));
			}
			addTopicBonus(self);
			List<Link> links = new ArrayList<>();
			List<Integer> pinned = new ArrayList<>();
			for (String pin : article.pins()) {
				Integer other = this.index.position.get(pin);
				if (other != null && other != self && links.size() < RelatedArticles.this.limit) {
					links.add(link(article, this.entries.get(other), true, this.scores[other], this.index.weight));
				}
				if (other != null) {
					this.excluded[other] = true;
					pinned.add(other);
				}
			}
			for (int other : best(RelatedArticles.this.limit - links.size())) {
				links.add(link(article, this.entries.get(other), false, this.scores[other], this.index.weight));
			}
			clearScores();
			pinned.forEach((other) -> this.excluded[other] = false);
			return List.copyOf(links);
		}

		/** Adds one tag's weight to the score of each of its members but {@code self}. */
		private void add(int self, int[] members, double weight) {
			for (int other : members) {
				if (other != self) {
					if (this.scores[other] == 0 && !this.excluded[other]) {
						this.touched[this.touchedCount++] = other;
						// a weight can be 0 (a tag on every article): mark the candidate as seen all the same
						this.excluded[other] = true;
					}
					this.scores[other] += weight;
				}
			}
		}

		/** Adds the topic bonus to the candidates in {@code self}'s topic, and unmarks them all. */
		private void addTopicBonus(int self) {
			int topic = this.index.topic[self];
			for (int t = 0; t < this.touchedCount; t++) {
				int other = this.touched[t];
				this.excluded[other] = false;
				if (this.index.topic[other] == topic) {
					this.scores[other] += RelatedArticles.this.topicBonus;
				}
			}
		}

		private void clearScores() {
			for (int t = 0; t < this.touchedCount; t++) {
				this.scores[this.touched[t]] = 0;
			}
		}

		/**
		 * The {@code k} best unpinned candidates, best first, in exactly the order a full sort
		 * would give. {@code kept} holds the best seen so far in order, so most candidates cost a
		 * single comparison with its last. Sorting every candidate instead cost O(c log c) per
		 * article, and with a dozen common tags c is a large share of the corpus.
		 */
		private int[] best(int k) {
			if (k <= 0) {
				return new int[0];
			}
			int[] kept = new int[k];
			int size = 0;
			for (int t = 0; t < this.touchedCount; t++) {
				int candidate = this.touched[t];
				if (this.excluded[candidate] || (size == k && !precedes(candidate, kept[k - 1]))) {
					continue;
				}
				int at = (size < k) ? size++ : k - 1;
				while (at > 0 && precedes(candidate, kept[at - 1])) {
					kept[at] = kept[at - 1];
					at--;
				}
				kept[at] = candidate;
			}
			return Arrays.copyOf(kept, size);
		}

		/** Higher score first; ties to the more recent review, then the title, then the slug. */
		private boolean precedes(int a, int b) {
			int byScore = Double.compare(this.scores[b], this.scores[a]);
			if (byScore != 0) {
				return byScore < 0;
			}
			int byReview = Long.compare(this.index.reviewed[b], this.index.reviewed[a]);
			if (byReview != 0) {
				return byReview < 0;
			}
			Entry x = this.entries.get(a);
			Entry y = this.entries.get(b);
			int byTitle = x.title().compareTo(y.title());
			return (byTitle != 0) ? byTitle < 0 : x.slug().compareTo(y.slug()) < 0;
		}

	}

	private static Link link(Entry article, Entry other, boolean pinned, double score, Map<String, Double> weight) {
		List<String> shared = new ArrayList<>(article.tags());
		shared.retainAll(other.tags());
		shared.sort(Comparator.comparingDouble((String t) -> weight.get(t)).reversed().thenComparing(t -> t));
		return new Link(other.slug(), other.title(), List.copyOf(shared), pinned, score);
	}

}
