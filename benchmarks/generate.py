"""Generate a contract-valid hub of any size, deterministically.

    python benchmarks/generate.py 3000 /tmp/hub-3000

The text grows its vocabulary like real prose: every word is drawn from the
real word frequencies of the entry's language (the `wordfreq` package's
lists for English, French, Spanish, Portuguese and Arabic, 60,000 words
each, a benchmark-only dependency), so frequencies follow Zipf's law and a
hub of 3,000 entries of 600–1,200 words holds tens of thousands of distinct
words, as real text does (`distinct_words` counts them). Entries are 55%
English and 45% in the four other languages. A few recombined phrases would
flatter every index, page and archive size. Every type is represented in
realistic proportions; topics and organisations come from the sample hub's
vocabularies. The same size and seed always give the same files. The text
is word salad for measurement: it names no real person, child or place
beyond country codes.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import itertools
import random
import re
import shutil
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

COUNTRIES = ["KE", "SL", "UG", "RW", "TZ", "ET", "NG", "GH", "ZA", "MW", "ZM", "IN", "NP", "BD", "LB", "JO",
             "CO", "PE", "HT", "PH", "CD", "BF", "ML", "SN", "NO", "GB", "FR", "BR", "MZ", "SS"]
LANGUAGES = {"en": 55, "fr": 15, "es": 10, "pt": 10, "ar": 10}
TYPES = [("brief", 0.35), ("resource", 0.35), ("webinar", 0.2), ("newsletter", 0.1)]
ZONES = ["Africa/Nairobi", "Africa/Kampala", "Africa/Freetown", "Europe/London", "Asia/Kolkata",
         "America/Bogota", "Africa/Johannesburg", "Asia/Beirut"]
RESOURCE_TYPES = ["guide", "toolkit", "training", "report", "research", "policy", "video", "course",
                  "checklist", "website"]
LEXICON = 60_000


@lru_cache(maxsize=None)
def lexicon(language: str) -> tuple[list[str], list[float]]:
    """The language's most frequent words (letters only) and their
    cumulative frequencies."""
    from wordfreq import get_frequency_dict

    ranked = sorted(get_frequency_dict(language).items(), key=lambda item: (-item[1], item[0]))
    found = [(w, f) for w, f in ranked if w.isalpha()][:LEXICON]
    return [w for w, _ in found], list(itertools.accumulate(f for _, f in found))


def prose(rng: random.Random, language: str, count: int) -> list[str]:
    words, cumulative = lexicon(language)
    total = cumulative[-1]
    return [words[bisect.bisect(cumulative, rng.random() * total)] for _ in range(count)]


def sentence(rng: random.Random, language: str) -> str:
    found = prose(rng, language, rng.randint(8, 24))
    return " ".join(found).capitalize() + "."


def body(rng: random.Random, language: str) -> str:
    target = rng.randint(600, 1200)
    parts, words = [], 0
    while words < target:
        parts.append("## " + " ".join(prose(rng, language, rng.randint(2, 5))).capitalize() + "\n")
        if rng.random() < 0.3:
            items = [f"- {sentence(rng, language)}" for _ in range(rng.randint(3, 5))]
            parts.append("\n".join(items) + "\n")
            words += sum(len(i.split()) - 1 for i in items)
        for _ in range(rng.randint(2, 4)):
            paragraph = " ".join(sentence(rng, language) for _ in range(rng.randint(3, 6)))
            parts.append(paragraph + "\n")
            words += len(paragraph.split())
    return "\n".join(parts)


def title(rng: random.Random, language: str, number: int) -> str:
    return " ".join(prose(rng, language, rng.randint(4, 9))).capitalize() + f" ({number})"


def quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def distinct_words(target: Path) -> int:
    """Distinct lower-cased words in the entries' text."""
    seen: set[str] = set()
    for path in target.rglob("*.md"):
        seen.update(w.strip(".,;:#-\"()").lower() for w in path.read_text(encoding="utf-8").split())
    return len(seen)


def vocabulary(name: str) -> list[str]:
    text = (REPO / "content" / name).read_text(encoding="utf-8")
    return [line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("- id:")]


def front_matter(fields: dict) -> str:
    lines = ["---"]
    for key, value in fields.items():
        if isinstance(value, list):
            lines.append(f"{key}: [{', '.join(value)}]")
        else:
            lines.append(f"{key}: {value}")
    return "\n".join(lines + ["---", ""])


def generate(size: int, target: Path, seed: int = 2026) -> None:
    rng = random.Random(seed)
    topics, organisations = vocabulary("topics.yml"), vocabulary("organisations.yml")
    if target.exists():
        shutil.rmtree(target)
    for folder in ("briefs", "webinars", "content/newsletters", "content/resources", "content/pages"):
        (target / folder).mkdir(parents=True)
    for name in ("topics.yml", "organisations.yml"):
        shutil.copy(REPO / "content" / name, target / "content" / name)
    shutil.copy(REPO / "content/pages/about.md", target / "content/pages/about.md")
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("custom_dir: templates", f"custom_dir: {REPO / 'templates'}")
    config = config.split("\nnav:")[0] + "\n"  # the plugin's default navigation
    # One interface, as plain Material builds one (benchmarks/interfaces.py measures two).
    config = re.sub(r"^      interface_languages:.*\n", "", config, flags=re.M)
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")

    today = dt.date(2026, 11, 21)
    issue = 0
    slugs: list[str] = []
    for number in range(1, size + 1):
        kind = rng.choices([t for t, _ in TYPES], [w for _, w in TYPES])[0]
        language = rng.choices(list(LANGUAGES), list(LANGUAGES.values()))[0]
        day = today - dt.timedelta(days=rng.randint(0, 8 * 365))
        if kind == "webinar" and rng.random() < 0.05:
            day = today + dt.timedelta(days=rng.randint(1, 90))
        slug = f"{kind}-{number:05d}"
        fields = {
            "title": quoted(title(rng, language, number)),
            "date": day.isoformat(),
            "summary": quoted(f"{sentence(rng, language)} {sentence(rng, language)}"[:390]),
            "topics": rng.sample(topics, rng.randint(1, 3)),
            "countries": rng.sample(COUNTRIES, rng.randint(0, 3)),
            "languages": [language],
            "organisations": rng.sample(organisations, rng.randint(0, 2)),
            "authors": ['"Editorial team"'],
        }
        if slugs and rng.random() < 0.3:
            fields["related"] = rng.sample(slugs[-50:], min(2, len(slugs[-50:])))
        folder = {"brief": "briefs", "webinar": "webinars", "newsletter": "content/newsletters",
                  "resource": "content/resources"}[kind]
        if kind == "webinar":
            fields.update({"time": f'"{rng.randint(7, 17):02d}:{rng.choice(["00", "30"])}"',
                           "timezone": rng.choice(ZONES), "duration": rng.choice([45, 60, 75, 90])})
        elif kind == "newsletter":
            issue += 1
            fields.update({"issue": issue, "items": rng.sample(slugs[-30:], min(4, len(slugs[-30:])))})
        elif kind == "resource":
            fields.update({"publisher": rng.choice(organisations), "resource_type": rng.choice(RESOURCE_TYPES),
                           "year": rng.randint(2000, 2026)})
        for key in [k for k, v in fields.items() if v == []]:
            del fields[key]
        (target / folder / f"{slug}.md").write_text(front_matter(fields) + "\n" + body(rng, language),
                                                   encoding="utf-8")
        slugs.append(slug)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("size", type=int)
    parser.add_argument("target", type=Path)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    generate(args.size, args.target, args.seed)


if __name__ == "__main__":
    main()
