"""Generate a contract-valid hub of any size, deterministically.

    python benchmarks/generate.py 3000 /tmp/hub-3000

Bodies are 600–1,200 words of practice-style prose built from the field's
vocabulary; every type is represented in realistic proportions; topics and
organisations come from the sample hub's vocabularies. The same size and
seed always give the same files. The text is filler for measurement: it
names no real person, child or place beyond country codes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

SUBJECTS = ["Child welfare committees", "Community focal points", "Social workers", "Caseworkers",
            "Youth groups", "Women's groups", "Teachers", "Foster carers", "Kinship carers", "Partner staff",
            "Volunteers", "Managers", "Local leaders", "Health workers", "Parents and carers"]
VERBS = ["described", "reported", "agreed on", "reviewed", "strengthened", "adapted", "tested", "shared",
         "questioned", "documented", "planned", "supported"]
OBJECTS = ["referral pathways", "case management", "home visits", "psychosocial support", "family tracing",
           "safe spaces for children", "parenting groups", "cash transfers", "savings groups",
           "supervision for staff", "safeguarding policies", "due diligence checks", "reporting mechanisms",
           "inclusive classrooms", "alternative care placements", "reintegration plans", "peer support",
           "outreach to street-connected children", "community mapping", "follow-up after placement"]
CONTEXTS = ["in informal settlements", "in rural districts", "during movement restrictions",
            "after a displacement", "with local government", "across partner organisations",
            "in schools", "with faith leaders", "in host communities", "in the first weeks of a response",
            "when services were far away", "with limited budgets"]
CLOSINGS = ["so that children knew whom to tell", "without breaking confidentiality",
            "while keeping the trust of families", "and shared what they learned with others",
            "with children's views taken into account", "so that no case was lost between services",
            "and asked what would help next time", "before problems became emergencies"]
HEADINGS = ["Background", "What practitioners described", "What worked", "What was hard",
            "Questions for your context", "Next steps", "Lessons for managers", "Listening to children"]
TITLE_PARTS = ["Strengthening", "Rethinking", "Learning from", "Supporting", "Protecting children through",
               "Practical notes on", "What we know about", "Working together on"]
COUNTRIES = ["KE", "SL", "UG", "RW", "TZ", "ET", "NG", "GH", "ZA", "MW", "ZM", "IN", "NP", "BD", "LB", "JO",
             "CO", "PE", "HT", "PH", "CD", "BF", "ML", "SN", "NO", "GB", "FR", "BR", "MZ", "SS"]
LANGUAGES = ["en"] * 8 + ["fr", "es", "pt", "sw", "ar"]
TYPES = [("brief", 0.35), ("resource", 0.35), ("webinar", 0.2), ("newsletter", 0.1)]
ZONES = ["Africa/Nairobi", "Africa/Kampala", "Africa/Freetown", "Europe/London", "Asia/Kolkata",
         "America/Bogota", "Africa/Johannesburg", "Asia/Beirut"]
RESOURCE_TYPES = ["guide", "toolkit", "training", "report", "research", "policy", "video", "course",
                  "checklist", "website"]


def vocabulary(name: str) -> list[str]:
    text = (REPO / "content" / name).read_text(encoding="utf-8")
    return [line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("- id:")]


def sentence(rng: random.Random) -> str:
    return (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
            f"{rng.choice(CONTEXTS)} {rng.choice(CLOSINGS)}.")


def body(rng: random.Random) -> str:
    target = rng.randint(600, 1200)
    parts, words = [], 0
    while words < target:
        parts.append(f"## {rng.choice(HEADINGS)}\n")
        if rng.random() < 0.3:
            items = [f"- {sentence(rng)}" for _ in range(rng.randint(3, 5))]
            parts.append("\n".join(items) + "\n")
            words += sum(len(i.split()) for i in items)
        for _ in range(rng.randint(2, 4)):
            paragraph = " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))
            parts.append(paragraph + "\n")
            words += len(paragraph.split())
    return "\n".join(parts)


def title(rng: random.Random, number: int) -> str:
    return f"{rng.choice(TITLE_PARTS)} {rng.choice(OBJECTS)} {rng.choice(CONTEXTS)} ({number})"


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
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")

    today = dt.date(2026, 11, 21)
    issue = 0
    slugs: list[str] = []
    for number in range(1, size + 1):
        kind = rng.choices([t for t, _ in TYPES], [w for _, w in TYPES])[0]
        day = today - dt.timedelta(days=rng.randint(0, 8 * 365))
        if kind == "webinar" and rng.random() < 0.05:
            day = today + dt.timedelta(days=rng.randint(1, 90))
        slug = f"{kind}-{number:05d}"
        fields = {
            "title": f'"{title(rng, number)}"',
            "date": day.isoformat(),
            "summary": f'"{sentence(rng)} {sentence(rng)}"',
            "topics": rng.sample(topics, rng.randint(1, 3)),
            "countries": rng.sample(COUNTRIES, rng.randint(0, 3)),
            "languages": [rng.choice(LANGUAGES)],
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
        (target / folder / f"{slug}.md").write_text(front_matter(fields) + "\n" + body(rng), encoding="utf-8")
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
