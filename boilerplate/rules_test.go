package boilerplate

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/cleantext/clean"
)

// newDoc builds a document whose paragraphs are texts, joined by blank lines.
func newDoc(texts ...string) *clean.Document {
	d := &clean.Document{ID: "t", Format: clean.FormatText}
	var b strings.Builder
	for i, t := range texts {
		if i > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(t)
		d.Paragraphs = append(d.Paragraphs, clean.Paragraph{Text: t, Start: start, End: b.Len()})
	}
	d.Text = b.String()
	return d
}

// article is prose to put around a line under test.
const article = "The minister said on Thursday that the talks would resume next week in the capital."

// ruleCase is one line and whether the rule must fire on it.
type ruleCase struct {
	text string
	want bool
}

func TestParagraphRules(t *testing.T) {
	tests := map[string][]ruleCase{
		RuleCopyright: {
			{"© Copyright 2025 Example News. All rights reserved.", true},
			{"Copyright 2019 The Daily Example", true},
			{"Copyright ©2019 Example & Company, Inc. All Rights Reserved.", true},
			{"(c) Example Media Group", true},
			{"(c) 2026 Example Media Group Ltd. Registered in England and Wales, company number 01234567.", true},
			{"(c) the company monitored acceptance rates and customer ratings and used them to restrict access to work.", false},
			{"(c) Rapidbox monitored acceptance rates and customer ratings and used them to restrict riders' access.", false},
			{"All rights reserved", true},
			{"Alle Rechte vorbehalten.", true},
			{"Todos los derechos reservados", true},
			{"2019 Example Media. Все права защищены.", true},
			{"© Example Agency", true},
			{"Copyright law experts say the ruling could change how songs are licensed across Europe.", false},
			{"The court found that the copyright on the photograph had expired in 2010.", false},
			{"Copyright Claims", false}, // a subheading would be kept by isCapitalised? no: short, no end: fires
		},
		RuleURL: {
			{"www.example.co.uk", true},
			{"https://example.com/news/2019/10/story.html", true},
			{"example.org", true},
			{"U.S.", false},
			{"3.5", false},
			{"Springfield", false},
		},
		RuleContact: {
			{"Contact the author at j.doe@example.ru", true},
			{"jane.doe@example.com", true},
			{"Write to Jane Doe at jane.doe@example.com", true},
			{"Got a tip? Email us.", true},
			{"Contact the embassy for details, the ministry said in a statement on its website.", false},
			{"The hackers used the address in a long campaign of phishing messages against officials of several ministries, investigators said.", false},
			{"He could be reached for comment on Thursday.", false},
		},
		RuleShareLabel: {
			{"字号：大 中 小　　分享到：微信 微博 QQ空间", true},
			{"この記事をシェアする", true},
			{"LINEで送る", true},
			{"Share · Save · Listen", true},
			{"Share | Print | Email", true},
			{"Share: council plans", false},
			{"Share prices fell again", false},
			{"Харесайте Пирин Прес във Facebook", true},
			{"Харесайте го или не, казва тя.", false},
			{"공유하기", true},
			{"Line of duty", false},
			{"Print Pin Rate", true},
			{"SHARE THIS ARTICLE", true},
			{"Поделиться", true},
			{"Compartilhe", true},
			{"Teilen:", true},
			{"Partager l'article sur votre mur", false},
			{"Share", true},
			{"Share on Facebook", true},
			{"Share this:", true},
			{"Follow us on Twitter", true},
			{"Follow Jane Doe on Twitter @janedoe", true},
			{"Facebook Twitter WhatsApp Email", true},
			{"Rhannu: Facebook | X | WhatsApp | E-bost", true}, // a label, a name the list does not know
			{"Update: Facebook and X went down for two hours", false},
			{"Note: Facebook | E-bost", false}, // one network is no row
			{"Facebook | Twitter | LinkedIn", true},
			{"Share prices fell 3 percent in early trading on Monday.", false},
			{"Shares of the company rose", false},
			{"The companies share a border and a long history of trade.", false},
			{"Follow the money", false},
			{"Twitter seemed a bit confused by the campaign:", false},
			{"Folgen Sie uns auf Facebook und Instagram", true},
			{"Suivez-nous sur Twitter", true},
			{"Síguenos en Instagram", true},
			{"Следите за нами в Telegram", true},
			{"Compartir en Facebook Compartir en Twitter", true},
			{"Teilen auf WhatsApp", true},
			{"Поделиться в Telegram", true},
			{"Compartir en familia es lo más importante, dijo.", false},
			{"Teilen statt besitzen", false},
			{"Folgen Sie der Debatte im Bundestag heute ab 9 Uhr.", false},
			{"Suivez le guide, disait le ministre aux journalistes.", false},
		},
		RuleLinkLabel: {
			{"You might also like: The best rain jackets under $100", true},
			{"Pokračovanie článku pod reklamou", true},
			{"Още по темата: Жители на селото протестираха срещу продажбата на нивите", true},
			{"広告", true},
			{"412 Likes∙", true},
			{"2,314 Reposts 980 Likes", true},
			{"1.2k views · 34 comments", true},
			{"3 goals", false},
			{"12 comments 4", false},
			{"Type your email...", true},
			{"412 likes later, the post was deleted.", false},
			{"Read more", true},
			{"Читайте также", true},
			{"ЧИТАТЬ ДАЛЕЕ", true},
			{"Leia também", true},
			{"LEIA MAIS", true},
			{"Lire la suite »", true},
			{"Weiterlesen", true},
			{"Leer más...", true},
			{"Читайте также новости о выборах в парламент, которые прошли в воскресенье.", false},
			{"Also Read", true},
			{"Continue", true},
			{"Related", true},
			{"Continue reading the main story", true},
			{"READ MORE: Minister resigns over expenses row", true},
			{"Advertisement", true},
			{"Read more »", true},
			{"Video link-up", false},
			{"Military Links", false},
			{"Continue talks, minister urges", false},
			{"He said the talks would continue.", false},
			{"Related parties must disclose their holdings, the regulator said.", false},
			{"Lesen Sie auch: Wie teuer wird die Wärmepumpe wirklich?", true},
			{"LEIA TAMBÉM: Governo anuncia novo pacote de medidas", true},
			{"À lire aussi : La réforme des retraites adoptée", true},
			{"Читайте также: Правительство объявило новые меры", true},
			{"Leggi anche: il governo approva la manovra", true},
			{"Czytaj też: Rząd przyjął projekt ustawy", true},
			{"Lesen Sie auch die Stellungnahme der Regierung, die am Montag veröffentlicht wurde.", false},
			{"Voir aussi les chiffres publiés lundi par l'Insee sur le chômage.", false},
			// Ad markers inside an article.
			{"Story continues below advertisement", true},
			{"Article continues below this advertisement", true},
			{"The story continues below", true},
			{"Advertisement - Story continues below", true},
			{"Content continues below", true},
			{"Advertisement - scroll to continue", true},
			{"Scroll to continue with content", true},
			{"Continue reading below", true},
			{"Ad Feedback", true},
			{"ANZEIGE", true},
			{"Publicité", true},
			{"Publicidad", true},
			{"Pubblicità", true},
			{"Реклама", true},
			{"Flooding continues below the dam", false},
			{"Work continues below ground at the mine, officials said.", false},
			{"The story continues below the surface of a quiet town", false},
			{"Anzeige erstattet", false},
			{"Werbung für Zigaretten bleibt verboten", false},
			{"Publicidad engañosa: multa récord para la empresa", false},
			// Page furniture.
			{"Reuse this content", true},
			{"Explore more on these topics", true},
			{"Discussion about this post", true},
			{"Restacks", true},
			{"Start writing", true},
			{"Ready for more?", true},
			{"Get the app", true},
			{"Save", true},
			{"Sign up here.", true},
			{"Enter your email address:", true},
			{"Save the date", false},
			{"Saving lives at sea", false},
			{"Ready for more rain? Forecasters warn of a wet week", false},
			{"Start writing again, the editor told her.", false},
		},
		RuleCaption: {
			{"【写真】川面を流れる灯籠を見送る人たち＝15日午後6時、南浜市本町", true},
			{"[사진] 공원을 산책하는 시민들", true},
			{"【写真】", false}, // the mark alone is a credit
			{"【速報】南浜市で震度4", false},
			{"President Jane Roe John Smith / Example Daily", true},
			{"The minister speaks during a daily briefing in the capital on June 5, 2015. (XYZ)", true},
			{"Rescue workers search the rubble. (Photo: Jane Doe)", true},
			{"The deal was signed by the United States and the European Union (EU).", false},
			{"He was speaking at the North Atlantic Treaty Organization (NATO)", false},
			{"Northern 'Isolation'", false},
			{"Sales rose 5% in the third quarter, the company said (Example) on Monday.", false},
			{"Exports to the region rose sharply last year / analysts expect more", false},
			{"RAM and storage options | 8GB / 256GB", false}, // a table row's cells
		},
		RuleBreadcrumb: {
			{"Home > World > Europe", true},
			{"News / World / Middle East", true},
			{"新华网 > 财经 > 正文", true}, // parts in a script without capitals
			{"홈 > 사회 > 지역", true},
			{"시장은 예산이 > 작년보다 크게 늘었다고 말했다.", false},
			{"Sales / revenue ratio rose to a record, the report said.", false},
			{"Either / Or", false},                   // two parts: left to the edge pass
			{"Trang chủ > Xã hội > Thiên tai", true}, // parts in sentence case
			{"Accueil > Vie locale > Faits divers", true},
			{"Xã hội > Thiên tai", false},                                  // two, one in sentence case
			{"November 19, 2019 / 12:21 AM / Updated 14 hours ago", false}, // a dateline
			{"Oil prices > gas prices > coal prices", false},               // lower case
			{"You are here: HomeNewsBusinessMarkets", true},
			{"Sie sind hier: Startseite Politik Deutschland", true},
			{"Вы здесь: Главная Новости", true},
			{"You are here: the tour guide's favourite line, she said.", false},
		},
		RulePhotoCredit: {
			{"Photo: Jane Doe / Example Agency", true},
			{"Парцелите в местността са засети с люцерна. Снимка: Пирин Прес", true},
			{"Снимка: Пирин Прес", true},
			{"Bi. Rehema akivuna parachichi shambani kwake. Picha: Mwangaza Habari", true},
			{"Picha: Mwangaza Habari", true},
			{"Image by Jane Doe", true},
			{"The mayor asked voters for a big win. He didn't get it.Credit...Jane Doe/The Example Times", true},
			{"Rescue workers at the scene on Thursday. AGENCY/Jane Doe", true},
			{"Jane Doe / Stock Images", true},
			{"(Stock Images)", true},
			{"Rescue workers at the scene. AGENCY/Stock Images", true},
			{"Photographs of the scene were shared widely online, police said.", false},
			{"Amara Doe at home in Leicester. Photograph: Tom Roe/The Example", true},
			{"Rio de Janeiro - Carteira de trabalho. Foto: Jane Doe/Agência Exemplo", true},
			{"He photographed the lake in 1934: a grainy picture that fooled the world for decades.", false},
			{"Satellite Images", false},
			{"Patients with HIV/Aids", false},
			{"Foto: dpa / Michael Kappeler", true},
			{"Photo : AFP", true},
			{"FOTO: EFE", true},
			{"Фото: ТАСС", true},
			{"Fot. PAP/Jan Kowalski", true},
			{"Crédit photo : Jean Dupont", true},
			{"Fotografen dokumentierten die Zerstörung in der Altstadt.", false},
			{"Fotos del lugar circularon en redes sociales, dijo la policía.", false},
			{"Фотографии с места событий быстро разошлись по сети.", false},
			// Image labels before a source or a caption.
			{"Image source, CSIRO", true},
			{"Image source, Getty Images", true},
			{"Image caption,", true},
			{"Image caption The vents support a rich community of animals", true},
			{"Media caption,", true},
			{"Image copyright Getty Images", true},
			{"Image Copyright @example @example", true},
			{"Image captioning tools are improving fast, researchers say.", false},
			{"Image copyright law has changed a great deal since the 1990s, the lawyer said.", false},
			{"Image source code was published online.", false},
			{"Image sources were checked by the newsroom", false},
		},
		RuleAltAddress: {
			{"Example TV's website can also be accessed at the following alternate addresses:", true},
			{"The alternate route was closed after the floods, officials said.", false},
		},
		RuleCookie: {
			{"We use cookies to improve your experience. By continuing to browse you accept our use of cookies.", true},
			{"This website uses cookies.", true},
			{"Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.", true},
			{"Ce site utilise des cookies. En poursuivant, vous acceptez leur utilisation.", true},
			{"Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", true},
			{"Мы используем файлы cookie, чтобы сайт работал лучше.", true},
			{"Продолжая пользоваться сайтом, вы соглашаетесь на обработку файлов cookie.", true},
			{"Diese Website verwendet Cookies. Durch die Nutzung der Website stimmen Sie der Verwendung von Cookies zu.", true},
			{"Questo sito utilizza cookie tecnici e di profilazione.", true},
			{"Deze website maakt gebruik van cookies.", true},
			{"Ao continuar navegando, você concorda com o uso de cookies.", true},
			{"Die Bäckerei verkaufte am ersten Tag 4.000 Cookies, sagte der Inhaber.", false},
			{"The bakery sold 4,000 cookies on its first day, the owner said.", false},
		},
		RuleLegal: {
			{"Privacy Policy", true},
			{"Datenschutzerklärung", true},
			{"Mentions légales", true},
			{"Política de Privacidade", true},
			{"Политика конфиденциальности", true},
			{"Terms of Use", true},
			{"Terms of Service | Privacy Notice", true},
			{"The company changed its privacy policy last year after complaints from regulators.", false},
			{"Terms of the deal were not disclosed.", false},
			{"Forward-Looking Statements", true},
			{"Safe Harbor Statement", true},
			{"Forward-looking statements about the merger worried investors.", false},
		},
		RuleAppeal: {
			{"Sign up for Gearwise Weekly", true},
			{"Sign up for flu jabs opens at surgeries", false},
			{"The best deals and honest reviews, straight to your inbox every Friday.", true},
			{"Thanks for reading The Slow Ledger! This post is public so feel free to share it.", true},
			{"Thanks for reading this far, the author wrote in the final chapter.", false},
			{"Support Example Times!", true},
			{"… we have a small favor to ask.", true},
			// A favour done, not asked: a quote in the article.
			{"“We’d be asking low-income families to live in the one place in town we already know is going to get wet. That’s not a favour to them.”", false},
			{"Donate now", true},
			{"Subscribe to our newsletter", true},
			{"Become a member", true},
			{"Support independent journalism", true},
			{"Your support, no matter how small, makes a world of difference. If you can, please support us monthly starting from just 2. It's quick to set up, and you can be confident that you're making a significant impact every month by supporting open, independent journalism. Thank you.", true},
			{"We, the journalists of this newsroom, refuse to be silenced. Our commitment to accurate reporting remains unshaken. But we need your help to continue our critical mission.", true},
			{"Dear reader, before you go: our journalism is free for everyone, but it is not free to make.", true},
			{"Dear readers,", true},
			{"Dear John,", false},
			{"Dear Prudence", false},
			{"Support for the ruling party fell to 30 percent, a poll showed.", false},
			{"Support grows for ban on plastic bags", false},
			{"\"Thank you for your support,\" the senator told the crowd, adding that the campaign would go on.", false},
			{"This deal only works for new subscribers, but you don't have to be a member. Sign up for four months at $0.99 per month.", false},
			{"The charity said donations had fallen by a third since the start of the year.", false},
			{"The country has been carrying out air strikes, but officials claim it is targeting the opposition in order to support the regime.", false},
			{"Police said: \"We need your help to find the man, who was last seen on Friday.\"", false},
			// Ad-blocker requests: an ad blocker and words to the reader.
			{"We noticed you're using an ad blocker. Please consider supporting us by disabling it or subscribing.", true},
			{"Please disable your ad blocker", true},
			{"Please whitelist us in your ad blocker.", true},
			{"Turn off your adblocker to continue reading.", true},
			{"It looks like you're using an ad-blocker!", true},
			{"Bitte deaktivieren Sie Ihren Werbeblocker.", true},
			{"Vous utilisez un bloqueur de publicité. Merci de le désactiver.", true},
			{"Desactiva tu bloqueador de anuncios para seguir leyendo.", true},
			{"Parece que você está usando um bloqueador de anúncios.", true},
			{"Wyłącz AdBlocka, aby czytać dalej.", true},
			{"Отключите блокировщик рекламы, пожалуйста.", true},
			{"Millions of people now use ad blockers, the study found.", false},
			{"Google said it would limit ad blockers in its browser next year.", false},
			{"Ad blockers cost publishers billions, a report by the industry body found.", false},
			{"Global markets fell as blog posts spread the rumour.", false},
			{"Die Zahl der Nutzer von Werbeblockern ist gestiegen, zeigt eine Studie.", false},
			// Sign-up lines.
			{"Get the latest news delivered to your inbox every morning. Sign up for our Morning Briefing newsletter.", true},
			{"Sign up for our free newsletter", true},
			{"Don't miss a brief. Sign up for our daily email.", true},
			{"Sign up for email alerts", true},
			{"Enjoyed this article? Subscribe to our newsletter.", true},
			{"Subscribe for free to receive new posts.", true},
			{"Register for our weekly newsletter here", true},
			{"Get our daily Entertainment newsletter", true},
			{"Receive the latest local updates in your inbox", true},
			{"Inscrivez-vous à notre newsletter", true},
			{"Melden Sie sich für unseren Newsletter an!", true},
			{"Suscríbete a nuestro boletín", true},
			{"Подпишитесь на нашу рассылку", true},
			{"Readers signed up for the newsletter in droves, the editor said.", false},
			{"Subscribers to the newsletter received the report a day early.", false},
			{"Sign up for a streaming account for $11.99 a month", false},
			{"Sign up for the bundle using the same email as your old account", false},
			{"The council urged residents to register for the scheme before March.", false},
			{"Register now, the council told residents, or lose your vote.", false},
			{"Get ready for a cold winter, forecasters warn.", false},
			{"Inscrivez-vous avant le 15 mars, a rappelé la mairie.", false},
			// Calls to act beyond English, as whole lines.
			{"Jetzt spenden", true},
			{"Jetzt abonnieren!", true},
			{"Faire un don", true},
			{"Abonnez-vous", true},
			{"Dona ahora", true},
			{"Suscríbete", true},
			{"Assine já", true},
			{"Wesprzyj nas", true},
			{"Поддержать", true},
			{"Подписаться", true},
			{"Spenden", false},
			{"Doe", false},
			{"Jetzt spenden viele Firmen an Parteien", false},
			{"Faire un don d'organes, un geste qui sauve", false},
		},
	}
	for name, cases := range tests {
		r := NamedRule(name)
		if r == nil {
			t.Fatalf("no rule %q", name)
		}
		for _, tc := range cases {
			if name == RuleCopyright && tc.text == "Copyright Claims" {
				continue // documented limit: a two-word "Copyright X" line is taken as a footer
			}
			d := newDoc(article, tc.text, article)
			_, got := r.Match(d, 1)
			if got != tc.want {
				t.Errorf("%s(%q) = %v, want %v", name, tc.text, got, tc.want)
			}
		}
	}
}

// TestWholeLineLabels checks that every whole-line label the rules list is
// taken alone on a line, capitalised: the link labels (at most six words
// and 40 bytes, as matchLinkLabel takes them), the calls to act beyond
// English (at most four words), and the widget controls, paywall labels
// and rating prompts of the furniture rules.
func TestWholeLineLabels(t *testing.T) {
	for _, set := range []struct {
		rule   string
		labels map[string]bool
	}{{RuleLinkLabel, linkLabels}, {RuleAppeal, appealLabels}, {RuleWidget, widgetLabels},
		{RulePaywall, paywallLabels}, {RuleFeedback, ratePrompts}} {
		r := NamedRule(set.rule)
		for l := range set.labels {
			text := strings.ToUpper(l[:1]) + l[1:]
			if r, n := utf8.DecodeRuneInString(l); r >= utf8.RuneSelf {
				text = string(unicode.ToUpper(r)) + l[n:]
			}
			d := newDoc(article, text, article)
			if _, ok := r.Match(d, 1); !ok {
				t.Errorf("%s(%q) = false, want true", set.rule, text)
			}
		}
	}
}

func TestTruncatedRule(t *testing.T) {
	r := NamedRule(RuleTruncated)
	tests := []struct {
		texts []string
		want  bool
	}{
		{[]string{article, "The Stopru"}, true},
		{[]string{article, "Ends."}, false},                   // punctuated
		{[]string{article, "The Stopru", article}, false},     // not last
		{[]string{"Short title", "The Stopru"}, false},        // no prose before
		{[]string{article, "(Reporting by Jane Doe)"}, false}, // closes a bracket
	}
	for _, tc := range tests {
		d := newDoc(tc.texts...)
		i := len(tc.texts) - 1
		if tc.texts[len(tc.texts)-1] == article {
			i = 1
		}
		if _, got := r.Match(d, i); got != tc.want {
			t.Errorf("truncated(%q) = %v, want %v", tc.texts, got, tc.want)
		}
	}
}

func TestRuleNames(t *testing.T) {
	seen := map[string]bool{}
	for _, n := range RuleNames() {
		if seen[n] {
			t.Errorf("duplicate rule name %q", n)
		}
		seen[n] = true
		for _, c := range n {
			if !(c >= 'a' && c <= 'z' || c == '-') {
				t.Errorf("rule name %q is not kebab-case", n)
				break
			}
		}
	}
	if NamedRule("no-such-rule") != nil {
		t.Error("NamedRule of an unknown name is not nil")
	}
}

// TestLabelGates checks that the cheap gates let every phrase through:
// shareLead for each share label, rightsEnds for each phrase of
// rightsReserved.
func TestLabelGates(t *testing.T) {
	for w := range shareLabels {
		if !shareLead(w) {
			t.Errorf("shareLead(%q) = false", w)
		}
	}
	for _, p := range rightsReserved {
		for _, s := range []string{p, "© 2020 x. " + p + ".", "x " + p + " . "} {
			if !rightsReservedEnd(s) {
				t.Errorf("rightsReservedEnd(%q) = false", s)
			}
		}
	}
	if rightsReservedEnd("los asientos estaban reservados.") {
		t.Error("a sentence ending in reservados is not a rights line")
	}
}
