#!/usr/bin/env python3
"""Writes a synthetic content folder for benchmarks: N articles of about 900 words with realistic
front matter (3-5 tags from a vocabulary of 60, a dozen of them very common; 6 topics; 8 authors),
each section citing one or two of four works listed in references.yaml.
Deterministic: the same N always gives the same files.

Usage: generate-corpus.py N OUT_DIR
"""
import os
import random
import sys

WORDS = ("muscle calf night stretch cramp sleep water salt nerve leg foot heel walk rest pain "
         "tight ease doctor advice evidence trial review study relief habit evening morning warm "
         "gentle slow count hold breathe simple common older adult body mineral food drink").split()


# The works the synthetic articles cite (SOURCES.md S1, S3, S9, S12), as content/references.yaml lists them.
WORKS = ["nhs-leg-cramps", "allen-2012-nocturnal-leg-cramps", "hallegraeff-2012-stretching", "garrison-2020-magnesium"]

REFERENCES = """references:
  - { id: nhs-leg-cramps, type: webpage, title: "Leg cramps", publisher: "NHS", URL: "https://www.nhs.uk/conditions/leg-cramps/" }
  - { id: allen-2012-nocturnal-leg-cramps, type: article-journal, title: "Nocturnal leg cramps", PMID: "22963024",
      author: [{ family: "Allen", given: "RE" }, { family: "Kirby", given: "KA" }],
      container-title: "American Family Physician", issued: { date-parts: [[2012]] } }
  - { id: hallegraeff-2012-stretching, type: article-journal, DOI: "10.1016/S1836-9553(12)70068-1",
      title: "Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults: a randomised trial",
      author: [{ family: "Hallegraeff", given: "JM" }, { literal: "et al." }], container-title: "Journal of Physiotherapy",
      issued: { date-parts: [[2012]] } }
  - { id: garrison-2020-magnesium, type: article-journal, title: "Magnesium for skeletal muscle cramps",
      author: [{ family: "Garrison", given: "SR" }, { literal: "et al." }], issued: { date-parts: [[2020]] },
      container-title: "Cochrane Database of Systematic Reviews", DOI: "10.1002/14651858.CD009402.pub3" }
"""


def sentence(rng):
    n = rng.randint(6, 14)
    words = [rng.choice(WORDS) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def paragraph(rng, sentences):
    return " ".join(sentence(rng) for _ in range(sentences))


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20261127)
    for folder in ("topics", "articles", "tags", "authors", "pages"):
        os.makedirs(os.path.join(out, folder), exist_ok=True)
    topics = ["topic-%d" % i for i in range(1, 7)]
    authors = ["author-%d" % i for i in range(1, 9)]
    tags = ["tag-%02d" % i for i in range(1, 61)]
    common = tags[:12]
    for slug in topics:
        write(out, "topics", slug, {"title": "Topic " + slug[6:], "summary": "A synthetic topic for benchmarks."},
              paragraph(rng, 6))
    for slug in authors:
        write(out, "authors", slug, {"name": "Writer " + slug[7:], "role": "Benchmark writer"}, paragraph(rng, 2))
    for slug in tags:
        write(out, "tags", slug, {"title": "Tag " + slug[4:], "summary": "A synthetic tag used to measure the site."}, "")
    # the layout links both standalone pages from every page
    write(out, "pages", "about", {"title": "About", "summary": "A synthetic about page."}, paragraph(rng, 3))
    write(out, "pages", "privacy", {"title": "Privacy", "summary": "A synthetic privacy page."}, paragraph(rng, 3))
    for i in range(1, n + 1):
        count = rng.randint(3, 5)
        chosen = set()
        while len(chosen) < count:
            # a dozen tags carry about half of all tag uses
            chosen.add(rng.choice(common) if rng.random() < 0.5 else rng.choice(tags))
        day = 1 + (i * 7) % 28
        month = 1 + (i * 5) % 12
        body = []
        for s in range(1, 7):
            # each section's first paragraph cites one or two of the works, as a real article does
            cited = "[@" + "; @".join(sorted(rng.sample(WORKS, rng.randint(1, 2)))) + "]"
            body.append("## Section %d\n\n%s %s\n\n%s\n\n%s" % (s, paragraph(rng, 5), cited, paragraph(rng, 5),
                                                                paragraph(rng, 5)))
        write(out, "articles", "article-%05d" % i, {
            "title": "Synthetic article %d" % i,
            "summary": "A synthetic article about leg cramps, written only to measure how the site loads and serves.",
            "topic": rng.choice(topics),
            "tags": "[" + ", ".join(sorted(chosen)) + "]",
            "author": rng.choice(authors),
            "published": "2025-%02d-%02d" % (month, day),
            "reviewed": "2026-%02d-%02d" % (month, day),
        }, "\n\n".join(body))
    with open(os.path.join(out, "references.yaml"), "w", encoding="utf-8") as f:
        f.write(REFERENCES)


def write(out, folder, slug, fields, body):
    lines = ["---"]
    for key, value in fields.items():
        lines.append("%s: %s" % (key, value))
    lines.append("---")
    with open(os.path.join(out, folder, slug + ".md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n" + body + "\n")


if __name__ == "__main__":
    main()
