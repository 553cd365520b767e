package boilerplate

import "testing"

// TestAskRuneRT66: a subheading that asks under a read-also box ends with
// "?", or with Greek's ";", Arabic's "؟" or the full-width "？" (see
// askRune, inlineWalls).
func TestAskRuneRT66(t *testing.T) {
	for _, r := range []rune{'?', ';', '؟', '？'} {
		if !askRune(r) {
			t.Errorf("askRune(%q) = false", r)
		}
	}
	if askRune('.') || askRune(':') {
		t.Error("askRune of a full stop or a colon")
	}
}

// TestNounDekRT66: a German standfirst with no full stop capitalises its
// nouns, more than a third of its words; under a headline and over the
// byline it is still a standfirst, and the headline above it stays (see
// nounDekWords). A headline in partial title case of nine words is none
// (TestNounDekShortRT66).
func TestNounDekRT66(t *testing.T) {
	menu := []string{"Abo", "Login", "Region", "Schweiz", "Ausland", "Wirtschaft", "Sport", "Kultur"}
	article := []string{
		"Stausee am Hohgrat verliert in einem Sommer fast drei Meter Wasser",
		"Die Messungen zeigen den zweitgrössten Rückgang seit Beginn der Aufzeichnungen – in Obertal wird nun über den Schutz der Wasserversorgung diskutiert",
	}
	head := []string{"Lea Gasser", "20.11.2025, 06.15 Uhr", "Teilen", "Drucken"}
	body := []string{
		"Der Stausee oberhalb von Obertal hat in diesem Sommer so viel Wasser verloren wie seit 2018 nicht mehr. Im Durchschnitt liegt der Pegel um 2,8 Meter tiefer, wie das kantonale Amt für Energie am Mittwoch mitteilte.",
		"Besonders stark war der Rückgang im August. Damals hatte es fast vier Wochen lang nicht geregnet.",
		"«Was wir sehen, ist keine Schwankung mehr, sondern ein klarer Trend», sagt Andrea Furrer, die das Messprogramm seit zwölf Jahren leitet. Der trockene Winter habe den See doppelt getroffen.",
		"Für die Gemeinde Obertal ist der See mehr als eine Landschaft: Er speist die Quellen, aus denen das Dorf sein Trinkwasser bezieht, und die Landwirtschaft im Tal.",
	}
	lines := append(append(append(append([]string{}, menu...), article...), head...), body...)
	checkBodyKept(t, "", lines, func(i int) bool {
		j := i - len(menu)
		return 0 <= j && j < len(article) || j >= len(article)+len(head)
	})
}

// TestNounDekShortRT66: a headline of nine words in partial title case
// under a teaser's headline is no standfirst: the teaser above it goes
// (see nounDekWords).
func TestNounDekShortRT66(t *testing.T) {
	menu := []string{"Home", "News", "Sports", "Business", "Food", "Local Services", "BREAKING NEWS"}
	lines := append(append([]string{}, menu...),
		"Harper scores 31 as Comets end skid with win over Hawks",
		"The Latest: Fire crews battle warehouse blaze near Lake Merced",
		"Updated 10:01 pm PST, Tuesday, November 19, 2019",
		"Fire crews battled a four-alarm blaze at a warehouse near Lake Merced on Tuesday, officials said, and several roads were closed.",
		"The fire broke out shortly after noon in a storage building used by a furniture company, according to the fire department.",
		"No injuries were reported. Investigators have not said what caused the fire, which sent a plume of smoke over the neighborhood.",
		"Residents were asked to keep their windows closed until the evening, and a shelter was opened at a nearby school.",
	)
	checkBodyKept(t, "", lines, func(i int) bool { return i > len(menu) && i != len(menu)+2 })
}

// TestRowOverCreditRT66: a list's last labelled row right over a photo's
// caption with its credit is a row of the list, not the caption (see
// labelledRow in BodyFinder.Mark's captions).
func TestRowOverCreditRT66(t *testing.T) {
	prose := []string{
		"The foreign ministry raised its travel advice for six countries on Thursday, citing unrest, crime and the risk of storms during the coming season.",
		"Officials said the changes followed reviews by embassies in the region, and that travellers already abroad should register their plans online.",
	}
	rows := []string{
		"Norvania: Level 3 – Reconsider your need to travel (raised from Level 2)",
		"Tessaly Coast: Level 2 – Exercise a high degree of caution (raised from Level 1)",
		"Marrowind Islands: Level 4 – Do not travel (raised from Level 3)",
	}
	credit := "The ferry terminal at Port Alder, where protests have disrupted services since April. Photo: Lena Ruiz"
	after := []string{
		"The biggest change is for the Marrowind Islands, where the ministry now advises against all travel after weeks of fighting between armed groups.",
		"Travel agents said bookings to the affected countries had already begun to soften, and several tour operators cancelled trips for the rest of the year.",
		"The ministry said it would review the advice again in three months.",
	}
	lines := append(append(append(append([]string{}, prose...), rows...), credit), after...)
	c := len(prose) + len(rows)
	checkMarkerKept(t, "default", Default(), lines, func(i int) bool { return i != c })
}
