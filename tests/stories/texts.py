"""Short news articles written for these tests: four stories, two outlets each.

- water: the Supreme Court's Colorado River ruling (3 March);
- migrants: the same court, the same day, another case (a Texas law), one outlet
  a day later;
- lake: the same court a week later, another water case (10 March): the same
  topic as `water`, another event;
- storm: a storm on the Gulf coast (4 March), nothing to do with courts.
"""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "water-1": """date 2025-03-03 Supreme Court sides with Arizona in Colorado River water fight

The Supreme Court ruled 6-3 on Monday that Arizona may keep drawing 2.8 million acre-feet of Colorado River water a year, rejecting a challenge brought by California farm districts.

Writing for the majority, Justice Elena Kagan said the 1964 decree that divided the river between seven states "leaves no room" for the reading the farm districts proposed.

The Imperial Irrigation District had argued that a drought clause in the decree should cut Arizona's share first.

Arizona Governor Katie Hobbs called the ruling a relief for the cities of Phoenix and Tucson, which depend on the river for about a third of their water.
""",
    "water-2": """date 2025-03-03 Justices rule for Arizona over Colorado River water

Arizona won its long fight with California farm districts over Colorado River water on Monday, when the Supreme Court ruled 6-3 that the state's share of 2.8 million acre-feet a year stands.

The Imperial Irrigation District had asked the justices to read a drought clause in the 1964 decree as cutting Arizona's share before anyone else's.

Justice Elena Kagan wrote that the decree leaves no room for that reading.

Three justices dissented, saying the drought clause was meant to protect the oldest water rights.
""",
    "migrants-1": """date 2025-03-03 Supreme Court blocks Texas law letting police arrest migrants

The Supreme Court on Monday blocked a Texas law that would have let state police arrest people suspected of crossing the border illegally.

The justices granted the Justice Department's request to keep the law on hold while a federal appeals court in New Orleans hears the case.

Texas Governor Greg Abbott said the state would keep building a border wall with its own money.

The law, known as SB4, would also have let state judges order migrants to leave the country.
""",
    "migrants-2": """date 2025-03-04 Justices halt Texas immigration arrest law

A Texas law allowing state police to arrest migrants who cross the border illegally will stay on hold, the Supreme Court said on Monday.

The order keeps SB4 from taking effect while the Fifth Circuit appeals court in New Orleans weighs the Justice Department's challenge.

Governor Greg Abbott criticised the decision and said Texas would defend the law.

Immigration groups welcomed the order, saying the law would have led to racial profiling along the border.
""",
    "lake-1": """date 2025-03-10 Supreme Court rules against Nevada in Lake Mead water case

The Supreme Court ruled on Monday that Nevada cannot pump extra water from Lake Mead during a drought emergency, handing a win to Utah ranchers.

In a 5-4 decision written by Justice Neil Gorsuch, the court said an emergency declaration by Governor Joe Lombardo did not override the Virgin River compact.

Las Vegas draws about 90 percent of its water from Lake Mead.

Nevada officials said they would seek new talks with Utah on sharing the Virgin River.
""",
    "lake-2": """date 2025-03-10 Justices side with Utah ranchers in Lake Mead dispute

Utah ranchers won a Supreme Court case on Monday when the justices ruled 5-4 that Nevada's drought emergency does not let it take more water from Lake Mead.

Justice Neil Gorsuch wrote that the Virgin River compact binds Nevada even in an emergency.

Governor Joe Lombardo had declared the emergency in the summer, when the lake fell to a record low.

The ranchers said the ruling protects their wells along the Virgin River.
""",
    "storm-1": """date 2025-03-04 Storm floods Galveston streets and cuts power to thousands

A late-winter storm flooded streets in Galveston on Tuesday and left about 40,000 homes without power, officials said.

The National Weather Service recorded nearly 9 inches of rain in 12 hours on the island.

Mayor Craig Brown urged residents to stay off the seawall road until the water recedes.

Schools across Galveston County will stay closed on Wednesday.
""",
    "storm-2": """date 2025-03-04 Galveston under water after record March rain

Nearly 9 inches of rain fell on Galveston in 12 hours on Tuesday, flooding streets and knocking out power to about 40,000 homes.

CenterPoint Energy said crews would restore most power by Wednesday night.

Galveston Mayor Craig Brown asked people to avoid the seawall road.

Forecasters said the storm would move east toward Louisiana overnight.
""",
}

STORIES = [["lake-1", "lake-2"], ["migrants-1", "migrants-2"], ["storm-1", "storm-2"], ["water-1", "water-2"]]


def project_with(folder: Path, names: list[str], annotations: dict[str, str]) -> Path:
    """A project in `folder`: these articles in seeds/, these annotation files in briefings/."""
    (folder / "seeds").mkdir()
    (folder / "briefings").mkdir()
    for name in names:
        (folder / "seeds" / f"{name}.txt").write_text(ARTICLES[name], encoding="utf-8")
    for file_name, text in annotations.items():
        (folder / "briefings" / file_name).write_text(text, encoding="utf-8")
    return folder
