package guide.legcramps.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

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

	public Map<String, List<Link>> compute(List<Entry> entries) {
		Map<String, List<Integer>> byTag = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			for (String tag : entries.get(i).tags()) {
				byTag.computeIfAbsent(tag, (t) -> new ArrayList<>()).add(i);
			}
		}
		Map<String, Double> weight = new HashMap<>();
		byTag.forEach((tag, members) -> weight.put(tag, Math.log((double) entries.size() / members.size())));
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			index.put(entries.get(i).slug(), i);
		}
		Map<String, List<Link>> result = new LinkedHashMap<>();
		double[] scores = new double[entries.size()];
		boolean[] seen = new boolean[entries.size()];
		for (int i = 0; i < entries.size(); i++) {
			result.put(entries.get(i).slug(), relatedTo(i, entries, byTag, weight, index, scores, seen));
		}
		return result;
	}

	private List<Link> relatedTo(int self, List<Entry> entries, Map<String, List<Integer>> byTag,
			Map<String, Double> weight, Map<String, Integer> index, double[] scores, boolean[] seen) {
		Entry article = entries.get(self);
		List<Integer> touched = new ArrayList<>();
		for (String tag : article.tags()) {
			for (int other : byTag.get(tag)) {
				if (other != self) {
					if (!seen[other]) {
						seen[other] = true;
						touched.add(other);
					}
					scores[other] += weight.get(tag);
				}
			}
		}
		for (int other : touched) {
			if (entries.get(other).topic().equals(article.topic())) {
				scores[other] += this.topicBonus;
			}
		}
		List<Link> links = new ArrayList<>();
		for (String pin : article.pins()) {
			Integer other = index.get(pin);
			if (other != null && other != self && links.size() < this.limit) {
				links.add(link(article, entries.get(other), true, scores[other], weight));
			}
		}
		Set<String> pins = Set.copyOf(article.pins());
		for (int other : best(touched, this.limit - links.size(), entries, scores, pins)) {
			links.add(link(article, entries.get(other), false, scores[other], weight));
		}
		for (int other : touched) {
			scores[other] = 0;
			seen[other] = false;
		}
		return List.copyOf(links);
	}

	/**
	 * The {@code k} best candidates, best first, in exactly the order a full sort would give: a
	 * heap holding the {@code k} best seen so far, its worst on top, so each candidate costs one
	 * comparison with that worst unless it displaces it. Sorting every candidate instead cost
	 * O(c log c) per article, and with a dozen common tags c is a large share of the corpus.
	 */
	private static List<Integer> best(List<Integer> candidates, int k, List<Entry> entries, double[] scores,
			Set<String> pins) {
		if (k <= 0) {
			return List.of();
		}
		Comparator<Integer> order = Comparator.comparingDouble((Integer i) -> scores[i])
			.reversed()
			.thenComparing((Integer i) -> entries.get(i).reviewed(), Comparator.reverseOrder())
			.thenComparing((Integer i) -> entries.get(i).title())
			.thenComparing((Integer i) -> entries.get(i).slug());
		PriorityQueue<Integer> kept = new PriorityQueue<>(k + 1, order.reversed());
		for (int other : candidates) {
			if (pins.contains(entries.get(other).slug())) {
				continue;
			}
			if (kept.size() < k) {
				kept.add(other);
			}
			else if (order.compare(other, kept.peek()) < 0) {
				kept.poll();
				kept.add(other);
			}
		}
		List<Integer> best = new ArrayList<>(kept);
		best.sort(order);
		return best;
	}

	private static Link link(Entry article, Entry other, boolean pinned, double score, Map<String, Double> weight) {
		List<String> shared = new ArrayList<>(article.tags());
		shared.retainAll(other.tags());
		shared.sort(Comparator.comparingDouble((String t) -> weight.get(t)).reversed().thenComparing(t -> t));
		return new Link(other.slug(), other.title(), List.copyOf(shared), pinned, score);
	}

}
