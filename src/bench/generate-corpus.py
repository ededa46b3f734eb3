#!/usr/bin/env python3
"""Writes a synthetic content folder for benchmarks: N articles of about 900 words with realistic
front matter (3-5 tags from a vocabulary of 60, a dozen of them very common; 6 topics; 8 authors),
each section citing one or two of four works listed in references.yaml. The text is made of the
shipped articles' own sentences and headings, drawn at random (their citations and care cards left
out), so words are as frequent and as rare as in real pages: a search for "magnesium" or "pickle
juice" matches some articles, not all of them. Deterministic: the same N and the same shipped
content give the same files.

Usage: generate-corpus.py N OUT_DIR
"""
import glob
import os
import random
import re
import sys

SHIPPED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "content")


def shipped_text():
    """The sentences and the section headings of the shipped articles and topics, as plain text."""
    sentences, headings = [], []
    for path in sorted(glob.glob(os.path.join(SHIPPED, "articles", "*.md")) +
                       glob.glob(os.path.join(SHIPPED, "topics", "*.md"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
        for line in body.splitlines():
            line = line.strip()
            if line.startswith("## "):
                headings.append(plain(line[3:]))
            elif line and not line.startswith(("#", "|", "<", "```", "{{<")):
                line = re.sub(r"^([-*]|\d+\.)\s+", "", line)
                for sentence in re.split(r"(?<=[.!?])\s+", plain(line)):
                    if len(sentence.split()) >= 4:
                        sentences.append(sentence if sentence[-1] in ".!?" else sentence + ".")
    if len(sentences) < 100 or len(headings) < 10:
        sys.exit("generate-corpus.py: too little text in %s to build articles from" % SHIPPED)
    return sentences, headings


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



def plain(markdown):
    """Citations go, links become their text, emphasis and code marks go: no link or citation can break."""
    text = re.sub(r"\s*\[@[^\]]*\]", "", markdown)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"[*_`]", "", text).strip()


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def paragraph(rng, sentences, count):
    return " ".join(rng.choice(sentences) for _ in range(count))


def summary(rng, sentences):
    while True:
        text = paragraph(rng, sentences, 2)
        if 50 <= len(text) <= 300:
            return text


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    sentences, headings = shipped_text()
    rng = random.Random(20261127)
    for folder in ("topics", "articles", "tags", "authors", "pages"):
        os.makedirs(os.path.join(out, folder), exist_ok=True)
    topics = ["topic-%d" % i for i in range(1, 7)]
    authors = ["author-%d" % i for i in range(1, 9)]
    tags = ["tag-%02d" % i for i in range(1, 61)]
    common = tags[:12]
    for slug in topics:
        write(out, "topics", slug, {"title": "Topic " + slug[6:], "summary": "A synthetic topic for benchmarks."},
              paragraph(rng, sentences, 6))
    for slug in authors:
        write(out, "authors", slug, {"name": "Writer " + slug[7:], "role": "Benchmark writer"},
              paragraph(rng, sentences, 2))
    for slug in tags:
        write(out, "tags", slug, {"title": "Tag " + slug[4:], "summary": "A synthetic tag used to measure the site."}, "")
    # the layout links both standalone pages from every page
    write(out, "pages", "about", {"title": "About", "summary": "A synthetic about page."}, paragraph(rng, sentences, 3))
    write(out, "pages", "privacy", {"title": "Privacy", "summary": "A synthetic privacy page."},
          paragraph(rng, sentences, 3))
    for i in range(1, n + 1):
        count = rng.randint(3, 5)
        chosen = set()
        while len(chosen) < count:
            # a dozen tags carry about half of all tag uses
            chosen.add(rng.choice(common) if rng.random() < 0.5 else rng.choice(tags))
        day = 1 + (i * 7) % 28
        month = 1 + (i * 5) % 12
        sections = rng.sample(headings, 6)
        body = []
        for heading in sections:
            # each section's first paragraph cites one or two of the works, as a real article does
            cited = "[@" + "; @".join(sorted(rng.sample(WORKS, rng.randint(1, 2)))) + "]"
            body.append("## %s\n\n%s %s\n\n%s\n\n%s" % (heading, paragraph(rng, sentences, 4), cited,
                                                       paragraph(rng, sentences, 4), paragraph(rng, sentences, 4)))
        write(out, "articles", "article-%05d" % i, {
            "title": quoted("%s (synthetic article %d)" % (sections[0], i)),
            "summary": quoted(summary(rng, sentences)),
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
