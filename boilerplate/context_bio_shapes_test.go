package boilerplate

import "testing"

// Articles in Catalan and Urdu for the bios in those languages.
const (
	articleCa = "El festival arrenca dijous amb trenta-dues funcions en places, patis i magatzems de tot el poble."
	prose2Ca  = "La directora diu que el pressupost d'enguany és el doble que fa cinc anys, però que encara no arriba."
	articleUr = "وفاقی حکومت نے پیٹرولیم مصنوعات کی قیمتوں میں ایک بار پھر اضافہ کر دیا ہے اور نئی قیمتوں کا اطلاق آج رات سے ہوگا۔"
	prose2Ur  = "ماہرین کا کہنا ہے کہ اس اضافے کا اثر چند ہفتوں میں ہر چیز کی قیمت پر پڑے گا اور مہنگائی مزید بڑھے گی۔"
	bylineUr  = "تحریر: عمران سلیم چوہدری، اسلام آباد"
)

// TestAuthorBioShapes: the bylines and bios beyond "By Name" and "Name
// is/covers": a name over a job title, a name and its role after a
// separator, an author's label in Catalan and Urdu, an aside after the
// name, a bio in a script without case; and the paragraphs about someone
// else, in the same languages, that stay.
func TestAuthorBioShapes(t *testing.T) {
	const b = RuleAuthorBio
	tests := []struct {
		name  string
		texts []string
		want  []string
	}{
		{
			name: "name alone above a job title",
			texts: []string{"Phone maker cuts its flagship's price", "Dana Whitcombe-Reyes", "Senior Mobile Editor", article, prose2,
				"Dana Whitcombe-Reyes is TechSprocket's senior mobile editor, having covered phones for more than a decade."},
			want: []string{"", "", "", "", "", b},
		},
		{
			name: "name alone above a job title: a paragraph about someone else stays",
			texts: []string{"Phone maker cuts its flagship's price", "Dana Whitcombe-Reyes", "Senior Mobile Editor", article, prose2,
				"Dr Lee is the hospital's chief surgeon and has worked there since 1998."},
			want: []string{"", "", "", "", "", ""},
		},
		{
			name: "name alone above a line that is no job: no byline",
			texts: []string{"Dana Whitcombe-Reyes", "Letters to the editor", article, prose2,
				"Dana Whitcombe-Reyes is a retired teacher who has lived in the town since 1980."},
			want: []string{"", "", "", "", ""},
		},
		{
			name: "name, a separator and the role",
			texts: []string{"Priya Lachance-Odum · Science reporter", article, prose2,
				"Priya Lachance-Odum covers space and physics for Northlight Science. She previously reported from the Arctic."},
			want: []string{"", "", "", b},
		},
		{
			name:  "name, a separator and a job title",
			texts: []string{"Tomasz Wilde | Chief Film Critic", article, prose2, "Tomasz Wilde is Reelhouse's chief film critic."},
			want:  []string{"", "", "", b},
		},
		{
			name:  "a name and a comma and something else is no byline",
			texts: []string{"Tomasz Wilde, the director of the festival", article, prose2, "Tomasz Wilde is the festival's director since 2019."},
			want:  []string{"", "", "", ""},
		},
		{
			name: "a name at the start of a headline is no byline",
			texts: []string{"Clara Vilanova: «El teatre petit és l'últim lloc on encara ens mirem als ulls»", articleCa, prose2Ca,
				"Clara Vilanova (Olot, 1979) és directora del festival des de fa sis anys."},
			want: []string{"", "", "", ""},
		},
		{
			name: "Catalan: an author's label, a name with place and year",
			texts: []string{"Text: Jordi Puigventós · Fotografia: Núria Caselles", articleCa, prose2Ca,
				"Jordi Puigventós (Reus, 1985) és periodista cultural i crític teatral. Ha col·laborat amb diverses revistes."},
			want: []string{"", "", "", b},
		},
		{
			name: "Catalan: the photographer's label is no author's",
			texts: []string{"Text: Jordi Puigventós · Fotografia: Núria Caselles", articleCa, prose2Ca,
				"Clara Vilanova (Olot, 1979) és directora del festival des de fa sis anys."},
			want: []string{"", "", "", ""},
		},
		{
			name:  "Urdu: the name of the labelled byline and a job",
			texts: []string{bylineUr, articleUr, prose2Ur, "عمران سلیم چوہدری آئینۂ وقت اسلام آباد میں معاشی امور کے نامہ نگار ہیں۔ ان سے ٹوئٹر پر رابطہ کیا جا سکتا ہے۔"},
			want:  []string{"", "", "", b},
		},
		{
			name:  "Urdu: the author's name and no job stays",
			texts: []string{bylineUr, articleUr, prose2Ur, "عمران سلیم چوہدری نے اس رپورٹ کی تیاری میں لاہور سے معلومات فراہم کیں۔"},
			want:  []string{"", "", "", ""},
		},
		{
			name:  "Urdu: someone else with a job stays",
			texts: []string{bylineUr, articleUr, prose2Ur, "فرحانہ قریشی ایک معروف صحافی ہیں اور انہوں نے اس فیصلے پر تنقید کی ہے۔"},
			want:  []string{"", "", "", ""},
		},
		{
			name:  "Urdu: the job after the first sentence stays",
			texts: []string{bylineUr, articleUr, prose2Ur, "عمران سلیم چوہدری کے مطابق قیمتیں مزید بڑھیں گی۔ یہ بات ایک صحافی نے بتائی۔"},
			want:  []string{"", "", "", ""},
		},
		{
			name: "Urdu: no label before the name",
			texts: []string{"عمران سلیم چوہدری، اسلام آباد", articleUr, prose2Ur,
				"عمران سلیم چوہدری آئینۂ وقت اسلام آباد میں معاشی امور کے نامہ نگار ہیں۔"},
			want: []string{"", "", "", ""},
		},
		{
			name:  "what the author made, by the name",
			texts: []string{"Words by Imogen Haldane", "Photographs by Kofi Mensah", article, prose2, "Imogen Haldane is a writer based in Edinburgh."},
			want:  []string{"", "", "", "", b},
		},
		{
			name:  "the column by the name",
			texts: []string{"Chess column by Laurence Achebe-Stroud", article, prose2, "Laurence Achebe-Stroud is an International Master and has written the column since 2011."},
			want:  []string{"", "", "", b},
		},
		{
			name:  "a sentence with a book by the name is no byline",
			texts: []string{"Critics praised the new biography by Imogen Haldane", article, prose2, "Imogen Haldane is a historian at the University of Leeds."},
			want:  []string{"", "", "", ""},
		},
		{
			name: "an obituary's closing lines stay",
			texts: []string{"By Helen Marsh", article, prose2, "Tom Hale (Leeds, 1931) was a reporter for forty years.",
				"He is survived by his wife, Ann, and two daughters."},
			want: []string{"", "", "", "", ""},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDoc(tc.texts...)
			MarkAuthorBios(d)
			checkRules(t, d, tc.want)
		})
	}
}

func TestBioNameAside(t *testing.T) {
	for text, want := range map[string]string{
		"Jordi Puigventós (Reus, 1985) és periodista cultural.":                          "Jordi Puigventós",
		"Marco Rossi (Milano, 1970) è giornalista.":                                      "Marco Rossi",
		"Clara Vilanova (Olot, 1979) dirigeix el festival.":                              "",
		"Jane Roe (pictured) said it was over.":                                          "",
		"Jane Roe (a long aside that goes on and on and on past the limit) is a writer.": "",
		"Jane Roe (Leeds, 1980)":                                                         "",
		"Jane Roe (Leeds, 1980)is a":                                                     "",
		"(Leeds) Jane Roe is a writer.":                                                  "",
	} {
		if got := bioName(text); got != want {
			t.Errorf("bioName(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestJobTitle(t *testing.T) {
	for text, want := range map[string]bool{
		"Senior Mobile Editor":      true,
		"Chief film critic":         true,
		"periodista":                true,
		"Letters to the editor":     false,
		"Editor":                    true,
		"Film critic.":              false,
		"Film critic since 2019":    false,
		"One Two Three Four Editor": false,
		"senior editor":             false,
		"":                          false,
	} {
		if got := jobTitle(text); got != want {
			t.Errorf("jobTitle(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestLabelName(t *testing.T) {
	for text, want := range map[string]string{
		bylineUr: "عمران سلیم چوہدری",
		"تحریر : عمران سلیم چوہدری":             "عمران سلیم چوہدری",
		"بقلم محمد علي":                         "محمد علي",
		"بقلم محمد":                             "", // one word
		"تحریر: Jane Doe":                       "", // a script with case
		"Text: Jordi Puigventós":                "",
		"ہوم | پاکستان | کاروبار | دنیا":        "",
		"تحریر: عمران سلیم چوہدری احمد خان علی": "", // too many words
	} {
		if got := labelName(text); got != want {
			t.Errorf("labelName(%q) = %q, want %q", text, got, want)
		}
	}
}
