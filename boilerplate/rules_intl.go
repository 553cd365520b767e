package boilerplate

import (
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/cleantext/clean"
)

// Paragraph rules for furniture the other rule files do not know: the
// teaser headlines under a bare "Read also" label, shopping and booking
// buttons, ad labels glued to a "continue reading" label, graphic labels
// and the source line next to them, reader call-outs, disclaimers that a
// piece is the author's opinion, a typo-report notice, and the reference
// list that ends a health or science article. Each opens with a test that
// costs a bit test, a prefix list matched for all lists at once, or a look
// at the previous paragraph's removal, so that article prose pays next to
// nothing for them.

// ---- link-reference markers -----------------------------------------------------

// linkRef returns the length of a link-reference marker of a text dump
// that opens s ("[13]" in "[13]Read more: ..."), with the spaces after it:
// one to four digits in brackets followed by a word. 0 when s has none.
func linkRef(s string) int {
	if len(s) < 4 || s[0] != '[' {
		return 0
	}
	k := 1
	for k < len(s) && k <= 4 && '0' <= s[k] && s[k] <= '9' {
		k++
	}
	if k == 1 || k >= len(s) || s[k] != ']' {
		return 0
	}
	k++
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if k >= len(s) || !isWordByte(s[k]) {
		return 0
	}
	return k
}

// iconLead returns the length of the icons that open s, with the spaces
// after them: pictographs, arrows and dingbats (U+2190-U+2BFF,
// U+1F000-U+1FAFF) with their variation selectors, joiners and skin
// tones, before a letter. 0 when s opens with none, or with no letter
// after them (a post's counters, "↺ 214"). Letter-like symbols (©, ™, №)
// are not icons: the rules read them.
func iconLead(s string) int {
	k := 0
	for k < len(s) {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !(0x2190 <= r && r <= 0x2BFF || 0x1F000 <= r && r <= 0x1FAFF || r == 0xFE0F || r == 0x200D) {
			break
		}
		k += n
	}
	if k == 0 {
		return 0
	}
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if r, _ := utf8.DecodeRuneInString(s[k:]); !unicode.IsLetter(r) { // also nothing after them
		return 0
	}
	return k
}

// linkTail returns the length of s without the address in angle brackets
// that ends it and the spaces before it, as a browser's "save as text" and
// a plain-text e-mail write a link's address after its text ("Donate
// <https://example.org/donate>", "Back to top <#top>"), or len(s) when s
// ends with none: an address is one word after a space, a URL (see
// isURL), a mail address with its scheme, a site's path or a fragment.
func linkTail(s string) int {
	k := strings.LastIndex(s, " <")
	if k <= 0 || s[len(s)-1] != '>' {
		return len(s)
	}
	a := s[k+2 : len(s)-1]
	if a == "" || strings.IndexByte(a, ' ') >= 0 || !(a[0] == '#' || a[0] == '/' || hasPrefixFold(a, "mailto:") || isURL(a)) {
		return len(s)
	}
	return len(strings.TrimRight(s[:k], " "))
}

// inPageLink reports whether the address that ends s (see linkTail) is a
// fragment of the page itself ("<#notes>").
func inPageLink(s string) bool {
	return strings.HasPrefix(strings.TrimLeft(s[linkTail(s):], " "), "<#")
}

// ---- teaser items ------------------------------------------------------------------

// readAlsoIntl are read-also labels beyond the languages of linkLabels
// and teaserLabels, which hold them too, in lower case (Greek capitals
// fold without accents and with a medial sigma: both forms are listed):
// Hindi, Korean, Indonesian and Malay, Swedish, Danish and Norwegian,
// Finnish, Greek, Czech, Slovak, Swahili, Vietnamese, Turkish, Hebrew,
// Romanian, Hungarian (also "Related" and "We also recommend"), Serbian in both scripts,
// Bengali, Persian, Arabic, Urdu, Thai, Lao, Assamese, Russian and
// Ukrainian "on the subject", Lingala, Occitan, and readAlsoCJK.
// readAlsoMore has more languages.
var readAlsoIntl = append(readAlsoCJK[:len(readAlsoCJK):len(readAlsoCJK)], "ये भी पढ़ें", "यह भी पढ़ें", "इसे भी पढ़ें", "관련기사", "관련 기사", "baca juga",
	"läs också", "läs även", "læs også", "les også", "lue myös", "διαβάστε επίσης", "διαβαστε επισησ",
	"διαβάστε ακόμη", "διαβαστε ακομη", "přečtěte si také", "přečtěte si též", "čtěte také", "čtěte též",
	"čítajte aj", "soma pia",
	"soma zaidi", "xem thêm", "đọc thêm", "tin liên quan", "ilgili haber", "ilgili haberler", "bunu da okuyun", "קראו גם",
	"כתבות נוספות", "citește și", "citeste si", "olvassa el ezt is", "kapcsolódó", "ezt is ajánljuk", "ezt is ajánljuk még", "прочитајте још", "прочитајте и",
	"pročitajte još", "pročitajte i", "আরও পড়ুন", "আরো পড়ুন", "بیشتر بخوانید", "اقرأ أيضا", "اقرأ أيضاً", "شاهد أيضا", "شاهد أيضاً",
	"یہ بھی پڑھیں", "यो पनि पढ्नुहोस्", "यो पनि पढ्नुस्", "यो पनि हेर्नुहोस्", "อ่านเพิ่มเติม", "อ่านต่อ", "ข่าวที่เกี่ยวข้อง", "ข่าวเกี่ยวข้อง", "ອ່ານຕໍ່", "আৰু পঢ়ক", "по теме", "по темі",
	"tanga lisusu", "tanga mpe", "legir tanben", "legissètz tanben")

// readAlsoCJK are the read-also labels of Chinese (simplified and
// traditional) and Japanese; readAlsoIntl holds them too, and with a
// full-width colon after them they are prefixes of link labels
// ("相关阅读：<headline>").
var readAlsoCJK = []string{"相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "相关新闻", "相關新聞", "相关报道",
	"相關報導", "推荐阅读", "推薦閱讀", "相关文章", "相關文章", "关联阅读", "關聯閱讀", "関連記事", "関連ニュース",
	"あわせて読みたい", "おすすめ情報", "おすすめ記事"}

// readAlsoMore are read-also labels like readAlsoIntl, in lower case, in
// Turkish (a capital I folds to a dotted i: both forms), Croatian,
// Bosnian and Serbian in Latin script, Slovak, Czech, Slovenian, Catalan,
// Tagalog, Urdu, Estonian, Latvian, Lithuanian, Icelandic, Albanian,
// Azerbaijani, Armenian (a capital ԵՎ folds to "եվ", not to the ligature
// "և": both forms), Basque, Maltese, Hausa, Amharic (with the Ethiopic
// colons "፡" and "፦" after it as well), Galician, Macedonian, Bulgarian,
// Belarusian, Kazakh, Kyrgyz, Nepali, Somali, Welsh, the Indic scripts of
// India and Sri Lanka, Khmer, Uzbek, Irish and Luxembourgish. Each is a
// whole-line link label, at most 40 bytes in the Latin script
// (Georgian "ასევე წაიკითხეთ" has 43), and, with a colon or a bar after
// it, a prefix of one (Corsican's with an en dash too: see
// readAlsoDashed) (not with the space French sets before a colon:
// every prefix costs the lines that open with its first two bytes).
var readAlsoMore = []string{"pilihan editor", "ilginizi çekebilir", "bunlar da ilginizi çekebilir", "ayrıca okuyun",
	"ayrica okuyun", "benzer haberler", "pročitajte također", "čitajte još", "povezane vijesti",
	"povezane vesti", "vezane vijesti", "vezane vesti", "povezani članci", "prečítajte si aj",
	"prečítajte si tiež", "súvisiace články", "související články", "preberite tudi", "povezane novice",
	"sorodni članki", "llegeix també", "llegiu també", "també et pot interessar", "notícies relacionades",
	"basahin", "basahin din", "basahin pa", "مزید پڑھیں", "مزید پڑھیے", "متعلقہ خبریں", "loe ka", "loe lisaks",
	"vaata ka", "seotud uudised", "lasi arī", "lasiet arī", "saistītie raksti", "taip pat skaitykite",
	"skaitykite taip pat", "skaitykite daugiau", "susiję straipsniai", "sjá einnig", "tengdar fréttir", "lexo edhe", "lexoni edhe",
	"lajme të ngjashme", "həmçinin oxuyun", "həmçinin oxu", "oxşar xəbərlər", "կարդացեք նաև",
	"կարդացեք նաեվ", "irakurri ere", "irakurri baita ere", "aqra wkoll", "aqra iktar", "ku karanta",
	"karanta kuma", readAlsoEthiopic[0], readAlsoEthiopic[1], readAlsoEthiopic[2], readAlsoEthiopic[3], "le tamén", "lea tamén", "lee tamén", "прочитај и",
	"прочитајте уште", "прочетете още", "прочетете също", "още по темата", "вижте още", "вижте също", "чытайце таксама", "сондай-ақ оқыңыз",
	"ошондой эле окуңуз", "холбоотой мэдээ", "холбоотой мэдээлэл", "यो पनि पढ्नुस्", "akhri sidoo kale", "darllenwch hefyd",
	// Gujarati, Marathi, Telugu, Tamil, Kannada, Malayalam, Punjabi,
	// Sinhala, Khmer, Uzbek, Irish, Luxembourgish.
	"આ પણ વાંચો", "हेही वाचा", "हे पण वाचा", "हे सुद्धा वाचा", "ఇది కూడా చదవండి", "ఇవి కూడా చదవండి",
	"இதையும் படிக்க", "இதையும் படியுங்கள்", "ಇದನ್ನೂ ಓದಿ", "ഇതും വായിക്കുക", "ഇതുകൂടി വായിക്കൂ", "ഇതുകൂടി വായിക്കുക", "ਇਹ ਵੀ ਪੜ੍ਹੋ",
	"මේවාත් කියවන්න", "මෙයත් කියවන්න", readAlsoKhmer[0], readAlsoKhmer[1], "shuningdek o'qing", "shuningdek, o'qing", "léigh freisin",
	"liest och",
	// Yoruba, Zulu, Central Kurdish, Kyrgyz, Odia (with the nukta
	// composed and apart), Javanese, Haitian Creole.
	"ka tún", "ka tun", "ẹ ka tún", "funda futhi", "funda nalokhu", "پەیوەندیدار", "بابەتی پەیوەندیدار",
	"ئەمەش بخوێنەوە", "окуңуз", "ଆହୁରି ପଢ଼ନ୍ତୁ", "ଆହୁରି ପ\u0b5dନ୍ତୁ", "ଏହା ବି ପଢ଼ନ୍ତୁ", "ଏହା ବି ପ\u0b5dନ୍ତୁ",
	"waca uga", "waca ugi", "li tou", "li plis",
	// Tswana, Guarani (both apostrophes), Bashkir, West Frisian,
	// Esperanto (with the x-system's "ankaux" too), Luganda (Lingala and
	// Occitan, which set a space before the colon as French does, are in
	// readAlsoIntl), Sesotho, Chichewa, Corsican, Kabyle, Fijian, Tongan,
	// Chuvash, Kirundi, Ossetian, Sakha, Khasi, Mizo, Hmong, Maithili,
	// Konkani, Balochi, Manipuri, Tuvan, Buryat, Mongolian, Udmurt, Tok
	// Pisin, Bislama, Greenlandic, Komi, Mari, Kalmyk, Avar, Abkhaz, Twi,
	// Inuktitut.
	"bala gape", "bala le tse", "avei emoñe'ẽ", "avei emoñe’ẽ",
	"шулай уҡ уҡығыҙ", "шулай уҡ уҡы", "lês ek", "lês fierder",
	"legu ankaŭ", "legu ankaux", "legu ankau", "rilataj artikoloj", "soma ne", "soma ebirala",
	// Sesotho, Chichewa, Corsican, Kabyle, Fijian, Tongan, Chuvash
	"bala hape", "werengani izinso", "werenganinso", "leghje dinù", "leghjite dinù", "ɣer daɣen",
	"wilika talega", "lau foki", "ҫавӑн пекех вулӑр",
	// Kirundi, Ossetian, Sakha, Khasi, Mizo, Hmong, Maithili, Konkani
	"soma kandi", "кӕсут ма ноджы", "эмиэ ааҕыҥ", "pule ruh", "chhiar tel rawh", "nyeem thiab",
	"ईहो पढ़ू", "हेंय वाचात",
	// Balochi, Manipuri, Tuvan, Buryat and Mongolian, Udmurt, Tok Pisin,
	// Bislama, Greenlandic
	"اے ہم بوانیت", "মসিসু পাবীয়ু", "база номчуңар", "мүн уншаарай", "мөн уншаарай", "лыдӟелэ но",
	"ritim tu", "ridim tu", "aamma atuaruk",
	// Komi, Mari, Kalmyk, Avar (its palochka lower-cased), Abkhaz, Twi,
	// Inuktitut
	"лыддьы тшӧтш", "тыгак лудса", "бас умштн", "гьединго цӏалеал", "иара убас шәаԥхьа", "kenkan nso",
	"ᐊᓯᖏᑦ ᐅᖃᓕᒫᒐᒃᓴᑦ",
	// Luxembourgish, Faroese, Upper Sorbian, Sinhala, Lao
	"och liesen", "och interessant", "les eisini", "les eisini her", "přečitajće tež", "tež zajimawe",
	"මෙයද කියවන්න", "මේකත් කියවන්න", "ອ່ານເພີ່ມເຕີມ", "ອ່ານຂ່າວກ່ຽວຂ້ອງ",
	// Burmese: read more, related news, read this too
	"ဆက်ဖတ်ရန်", "ဆက်စပ်သတင်း", "ဒါလည်းဖတ်ပါ",
	// Hungarian: related article; Tamil: read more
	"kapcsolódó cikk", "kapcsolódó cikkek", "மேலும் படிக்க"}

// readAlsoArmenian are Armenian read-also labels; readAlsoMore holds the
// first, and with the Armenian comma "՝" after them, the mark of a
// label there ("Կարդացեք նաև՝ <headline>"), they are prefixes of link
// labels.
var readAlsoArmenian = [...]string{"կարդացեք նաև", "կարդացեք նաեվ", "թեմայով"}

// readAlsoDashed are read-also labels of readAlsoMore followed by the
// dash that sets off their headline ("Leghje dinù – <headline>", Burmese
// "ဆက်စပ်သတင်း - <headline>"): prefixes of link labels.
var readAlsoDashed = [...]string{"leghje dinù –", "leghjite dinù –", "ဆက်စပ်သတင်း -", "ဆက်စပ်သတင်း –"}

// readAlsoKhmer are the read-also labels of Khmer; readAlsoMore holds
// them too, and with the Khmer colon "៖" after them they are prefixes of
// link labels ("អានបន្ថែម៖ <headline>").
var readAlsoKhmer = [...]string{"អានបន្ថែម", "អានផងដែរ"}

// readAlsoEthiopic are the read-also labels of Amharic and Tigrinya; readAlsoMore
// holds them too, and with an Ethiopic colon ("፡", "፦") after them they
// are prefixes of link labels ("ተጨማሪ ያንብቡ፡ <headline>").
var readAlsoEthiopic = [...]string{"ተጨማሪ ያንብቡ", "ይህንም ያንብቡ", "ተወሳኺ ኣንብቡ", "ኣንብቡ እውን"}

// suffixed returns each label followed by each of the suffixes.
func suffixed(labels []string, suffixes ...string) []string {
	out := make([]string, 0, len(suffixes)*len(labels))
	for _, l := range labels {
		for _, x := range suffixes {
			out = append(out, l+x)
		}
	}
	return out
}

// adLabelsIntl are ad markers beyond the languages of linkLabels, which
// holds them too: Hindi, Korean, Indonesian, Swedish, Norwegian, Danish,
// Finnish, Greek, Swahili, Vietnamese, Turkish, Hebrew, Romanian,
// Hungarian, Serbian, Bengali, Persian, Arabic, Urdu, Thai, Slovenian,
// Catalan, Tagalog, Estonian, Latvian, Icelandic, Albanian, Georgian,
// Armenian, Afrikaans, Basque, Hausa, Amharic, Kazakh and Kyrgyz,
// Belarusian, Mongolian, Welsh, Somali, Zulu, Kinyarwanda, Pashto,
// Turkmen, Malagasy, Sindhi, Uyghur, Tswana, West Frisian, Esperanto,
// Chichewa, Corsican, Kabyle, Fijian, Tongan (with each of its
// apostrophes), Kirundi, Khasi, Mizo, Hmong, Konkani, Balochi (with its
// kasra), Tok Pisin, Bislama, Greenlandic, Mari, Kalmyk, Abkhaz, Dzongkha,
// Luxembourgish, Faroese, Upper Sorbian, Tigrinya, Czech's "inzerce" ("reklama", "reklam" and "oglas"
// serve Slovak, Czech, Lithuanian, Azerbaijani, Croatian, Bosnian and
// Maltese too, "реклама" and "оглас" Macedonian and Bulgarian, "विज्ञापन"
// Nepali and Marathi, "publicidade" Galician).
var adLabelsIntl = []string{"विज्ञापन", "광고", "iklan", "annons", "från våra annonsörer", "annonse", "annonce", "mainos", "inzerce",
	"διαφήμιση", "διαφημιση", "tangazo", "matangazo", "quảng cáo", "reklam", "פרסומת", "publicitate",
	"hirdetés", "оглас", "oglas", "বিজ্ঞাপন", "تبلیغات", "آگهی", "إعلان", "اشتہار", "โฆษณา",
	"oglasno sporočilo", "publicitat", "patalastas", "reklaam", "reklāma", "auglýsing", "reklamë",
	"რეკლამა", "գովազդ", "advertensie", "publizitatea", "iragarkia", "talla", "ማስታወቂያ", "жарнама",
	"рэклама", "сурталчилгаа", "hysbyseb", "xayeysiis", "isikhangiso", "広告", "广告", "廣告",
	"जाहिरात", "ప్రకటన", "விளம்பரம்", "ಜಾಹೀರಾತು", "പരസ്യം", "જાહેરાત", "ਇਸ਼ਤਿਹਾਰ", "දැන්වීම", "ໂຄສະນາ",
	"ìpolówó", "ipolowo", "ڕیکلام", "ریکلام", "ବିଜ୍ଞାପନ", "pariwara", "piblisite", "ကြော်ငြာ", "kwamamaza",
	"اعلان", "mahabat", "dokam-barotra", "اشتهار", "ئېلان", "papatso", "advertinsje", "reklamo",
	"zotsatsa", "publicità", "adellel", "vakaraitaki", "tu'uaki", "tuʻuaki", "tu‘uaki",
	"ukwamamaza", "ka jingpynbna", "hriattirna", "kev tshaj tawm", "जायरात", "اِشتہار", "advetais", "advetaes",
	"ussassaarut", "рекламе", "реклам", "ареклама", "ཁྱབ་བསྒྲགས", "ཁྱབ་བསྒྲགས།",
	"reklamm", "lýsing", "wabjenje", "መወዓውዒ", "ពាណិជ្ជកម្ម"}

// adMarkers are the whole-line markers that an ad follows, in lower case:
// adLabelsIntl and those of the languages of linkLabels. Every one is also
// one of linkLabels.
var adMarkers = withLabels(map[string]bool{
	"advertisement": true, "advertisements": true, "advert": true, "adverts": true, "ad": true,
	"sponsored": true, "sponsored content": true, "anzeige": true, "werbung": true, "advertentie": true,
	"publicité": true, "pubblicità": true, "publicidad": true, "publicidade": true, "reklama": true,
	"реклама": true,
}, adLabelsIntl)

// adEnds are the whole lines that may close an ad inside an article, in
// lower case: a notice that the article goes on after the ad (goesOnLabels)
// and the ad's button. Every one is also one of linkLabels.
var adEnds = withLabels(maps.Clone(goesOnLabels), adButtons)

// goesOnLabels are the whole-line notices that the article goes on after
// the ad, in lower case, beyond English (whose "Story continues below"
// continuesBelow finds).
var goesOnLabels = withLabels(map[string]bool{
	"weiter nach der anzeige": true, "weiterlesen nach der anzeige": true,
	"lesen sie nach der anzeige weiter": true, "la suite après la publicité": true,
	"la suite après cette publicité": true, "continua dopo la pubblicità": true,
	"continúa después de la publicidad": true, "continua depois da publicidade": true,
	"continua após a publicidade": true, "dalsza część artykułu pod reklamą": true,
	"продолжение ниже": true,
}, adGoesOn)

// adGoesOn are notices that the article goes on after or below the ad
// ("Artikkelen fortsetter under annonsen", "Annonsen fortsetter under")
// or that the ad ends (Finnish "Mainos päättyy") in Hungarian, Danish,
// Swedish, Norwegian, Finnish, Croatian, Bosnian and Serbian, Slovak,
// Czech, Slovenian, Icelandic, Turkish ("Haberin Devamı", the rest of
// the story), Latvian, Estonian, Lithuanian, Catalan, Swahili,
// Indonesian and Malay, Romanian, Dutch and Polish (the article goes on
// below the video too), European Portuguese, Punjabi, Malayalam and
// Burmese. Each is a whole-line link label too: at most 40
// characters (see shortLabel).
var adGoesOn = []string{"a cikk a hirdetés után folytatódik", "artiklen fortsætter efter annoncen",
	"artikeln fortsätter efter annonsen", "artikkelen fortsetter etter annonsen",
	"artikkeli jatkuu mainoksen jälkeen", "nastavak članka ispod oglasa", "članak se nastavlja ispod oglasa",
	"tekst se nastavlja ispod oglasa", "nastavak teksta ispod oglasa", "článok pokračuje pod reklamou",
	"text pokračuje pod reklamou", "článek pokračuje pod reklamou", "pokračování článku pod reklamou",
	"članek se nadaljuje pod oglasom", "fréttin heldur áfram hér fyrir neðan",
	"artikeln fortsätter under annonsen", "artikeln fortsätter nedan", "texten fortsätter under annonsen",
	"annonsen fortsätter nedan", "artikkelen fortsetter under annonsen", "artikkelen fortsetter under",
	"saken fortsetter under annonsen", "saken fortsetter etter annonsen", "saken fortsetter under",
	"annonsen fortsetter under", "teksten fortsetter under annonsen", "artiklen fortsætter under annoncen",
	"artiklen fortsætter nedenfor", "artiklen fortsætter herunder", "annoncen fortsætter nedenfor",
	"artikkeli jatkuu mainoksen alla", "artikkeli jatkuu alla", "juttu jatkuu mainoksen jälkeen",
	"mainos päättyy", "pokračovanie článku pod reklamou", "pokračovanie textu pod reklamou", "haberin devamı", "haberin devami",
	"haberin devamı için tıklayın", "scroll untuk melanjutkan membaca", "gulir untuk melanjutkan membaca",
	"เลื่อนเพื่ออ่านต่อ", "продовження матеріалу нижче", "продовження новини нижче", "المحتوى يستكمل بالأسفل",
	"يستكمل المقال بالأسفل", "आगे की खबर नीचे पढ़ें", "खबर आगे पढ़ें", "haberin devamı aşağıda", "haberin devamı reklamdan sonra",
	"הכתבה נמשכת אחרי הפרסומת", "הכתבה נמשכת לאחר הפרסומת", "הכתבה ממשיכה אחרי הפרסומת", "raksts turpinās pēc reklāmas", "raksts turpinās zem reklāmas",
	"artikkel jätkub pärast reklaami", "artikkel jätkub reklaami all", "straipsnis tęsiamas po reklama",
	"straipsnis tęsiasi po reklama", "straipsnio tęsinys po reklama", "continua llegint a sota",
	"l'article continua a sota", "continua després de la publicitat", "endelea kusoma chini ya tangazo",
	"habari inaendelea chini ya tangazo", "artikel berlanjut setelah iklan", "berita berlanjut setelah iklan",
	"scroll untuk melanjutkan", "gulir untuk melanjutkan", "sambung baca di bawah", "articolul continuă după reclamă",
	"continuarea articolului după reclamă", "lees verder onder de advertentie", "artikel gaat verder onder de advertentie",
	"artikel gaat verder na de advertentie", "tekst gaat verder onder de advertentie", "lees verder na de advertentie",
	"dalsza część artykułu pod materiałem wideo", "dalsza część artykułu pod wideo", "dalsza część tekstu pod reklamą",
	"dalsza część tekstu pod materiałem wideo", "artykuł czytaj dalej pod reklamą",
	// European Portuguese: go on reading after the ad; Finnish: the text
	// goes on below
	"continue a ler a seguir à publicidade", "continue a ler após a publicidade",
	"teksti jatkuu alla", "juttu jatkuu alla",
	// Punjabi, Malayalam and Burmese: scroll to go on with the story
	"ਸਕ੍ਰੋਲ ਕਰਕੇ ਖ਼ਬਰ ਜਾਰੀ ਰੱਖੋ", "ਖ਼ਬਰ ਜਾਰੀ ਹੈ", "പരസ്യം - വായന തുടരാൻ സ്ക്രോൾ ചെയ്യുക", "വായന തുടരാൻ സ്ക്രോൾ ചെയ്യുക",
	"ဆက်လက်ဖတ်ရှုရန် အောက်သို့ ဆွဲချပါ"}

// tagLabelsIntl are the labels of a list of tags or topics ("Oznake:
// turizam, otoci"), beyond the languages of linkLabels and
// linkLabelPrefixes, in lower case: Turkish, Croatian, Bosnian and
// Serbian in Latin script, Slovenian, Slovak, Czech, Catalan, Estonian,
// Lithuanian, Icelandic, Azerbaijani, Urdu, Spanish, Portuguese and
// Galician, Maltese, Basque, Afrikaans, Macedonian, Bulgarian, Serbian in
// Cyrillic, Kazakh, Albanian, Romanian, Nepali and Hindi, Amharic, Welsh,
// Lao, Sindhi, Turkmen, Malagasy, Uyghur. Each is a whole-line link
// label and, with a colon after it, a prefix of one.
var tagLabelsIntl = []string{"etiketler", "oznake", "tagovi", "ključne riječi", "ključne reči", "kľúčové slová",
	"štítky", "témata", "klíčová slova", "temes", "etiquetes", "märksõnad", "žymos", "efnisorð", "teqlər",
	"ٹیگز", "etiquetas", "tikketti", "etiketak", "etikette", "ознаки", "етикети", "тагови", "тегтер",
	"etiketa", "etiketat", "etichete", "ट्याग", "टैग", "መለያዎች", "tagiau",
	"ແທັກ", "ٽيگز", "teglar", "tenifototra", "خەتكۈچلەر"}

// moreLabelsIntl are whole-line link labels of the languages of
// tagLabelsIntl and readAlsoMore, in lower case: a "most
// read" or "related news" header, a "copy link" button, a subscribe
// button, an ad's "text continues below", a "continue reading" link
// (Mizo, Maithili, Konkani).
var moreLabelsIntl = []string{"en çok okunanlar", "en çok okunan haberler", "najčitanije", "najčitanije vijesti",
	"najčitanije vesti", "najčítanejšie", "nejčtenější", "najbolj brano", "el més llegit", "més llegides",
	"més llegits", "enim loetud", "lasītākie", "skaitomiausi", "mest lesið", "lesa meira", "më të lexuarat",
	"ən çox oxunanlar", "ຂ່າວທີ່ກ່ຽວຂ້ອງ", "لاڳاپيل خبرون", "vaovao mifandraika", "iň köp okalan",
	"সৰ্বাধিক পঠিত", "nastavak teksta ispod reklame", "kopiraj poveznicu", "kopiraj link", "kopírovať odkaz",
	"zkopírovat odkaz", "související", "kopiraj povezavo", "copia l'enllaç", "subscriu-m'hi", "subscriu-t'hi",
	"chhiar zawm rawh", "आगाँ पढ़ू", "फुडें वाचात", "ఇంకా చదవండి", "batafsil", "дэлгэрэнгүй",
	"harpidetu orain", "advertensie eindig oor 5 sekondes"}

// shareLabelsIntl are whole-line share buttons of the languages of
// tagLabelsIntl, of Japanese, Chinese and Korean, and of Hmong, in lower case; each
// opens with a byte shareLead takes.
// Czech, Swedish, Norwegian, Danish and Slovenian share, save and
// copy-link buttons are there too.
// Left out: Slovenian "Deli", an English heading as well, and the labels
// that open with "i" (Tagalog "Ibahagi"), which would send many more
// lines to the fold and look-up of isShareVerb.
var shareLabelsIntl = []string{"paylaş", "podijeli", "podeli", "podijeli članak", "podeli članak",
	"zdieľať", "comparteix", "jaga", "dalīties", "dalintis", "deila", "გაზიარება", "կիսվել", "شیئر کریں",
	"この記事をシェアする", "記事をシェアする", "シェアする", "シェア", "ポストする", "lineで送る", "はてなブックマーク",
	"この記事を共有", "記事を共有", "共有する", "リンクをコピー",
	"はてブ", "分享到", "分享", "공유하기", "공유", "ແບ່ງປັນ", "paýlaş", "zarao", "شيئر ڪريو", "ھەمبەھىرلەش",
	"শ্বেয়াৰ কৰক", "qhia rau phooj ywg", "chia sẻ", "chia sẻ bài viết", "sao chép liên kết", "sao chép link",
	"lưu bài viết", "sdílet", "sdílet článek", "kopírovat odkaz", "uložit", "uložit na později", "uložit článek",
	"shrani", "shrani članek", "deli članek", "dela", "dela artikeln", "spara", "spara artikeln", "kopiera länk", "del", "del artikkelen", "lagre",
	"lagre artikkelen", "kopier lenke", "gem", "gem artikel", "kopier link", "deel dit artikel", "deel artikel", "deel dit bericht", "kopieer link", "link kopiëren",
	"opslaan", "artikel opslaan", "bewaar artikel", "artikel teilen", "beitrag teilen", "link kopieren",
	"artikel merken", "merken", "አጋራ", "አጋሩ", "ሊንክ ቅዳ", "ፌስቡክ", "ቴሌግራም", "ትዊተር",
	"ఫేస్‌బుక్", "వాట్సాప్", "టెలిగ్రామ్", "లింక్ కాపీ చేయండి", "షేర్ చేయండి", "फेसबुक", "व्हाट्सएप", "टेलीग्राम",
	"लिंक कॉपी करें",
	// Hausa and Yoruba: share this story
	"raba wannan labarin", "pín ìròyìn yìí",
	// Serbian in Cyrillic: share, print
	"подели", "подијели", "подели чланак", "штампај", "одштампај",
	// Burmese: share, copy the link
	"မျှဝေရန်", "မျှဝေမည်", "လင့်ခ် ကူးယူရန်", "လင့်ခ်ကူးယူရန်",
	// Welsh: share, share the article, copy the link
	"rhannu", "rhannwch", "rhannu'r erthygl", "copïo'r ddolen", "copio'r ddolen",
	// Hebrew: share, the networks, copy the link, the text size
	"שתפו", "שתף", "שיתוף", "שתפו את הכתבה", "וואטסאפ", "פייסבוק", "טוויטר", "טלגרם", "העתקת קישור", "הגדלת טקסט",
	"הקטנת טקסט",
	// Persian: share, the short link, its "copied" note, the text size
	"اشتراک گذاری", "اشتراک‌گذاری", "لینک کوتاه", "کپی لینک", "کپی شد", "اندازه متن", "اندازه قلم"}

// adButtons are the buttons of an ad, in English, German, French,
// Spanish, Portuguese, Malay, Indonesian, Polish, Latvian and Hebrew.
var adButtons = []string{"compare now", "compare deals", "find out more", "shop now", "buy now", "order now",
	"get a quote", "get your quote", "apply now", "get started", "try it free", "try it now", "jetzt vergleichen",
	"open account", "open an account", "open account now",
	"mehr erfahren", "jetzt kaufen", "jetzt bestellen", "jetzt sichern", "j'en profite", "découvrir l'offre",
	"comprar ahora", "ver ofertas", "compre agora", "langgan sekarang", "dapatkan sekarang", "beli sekarang", "kup teraz", "uzzināt vairāk", "לפרטים לחצו כאן"}

// widgetLinks are the whole-line links of price, deal, booking, ticket,
// betting, match and gallery widgets, in lower case: English, then the gallery links of Croatian,
// Bosnian and Serbian, German, French, Spanish, Polish, Czech, Slovak,
// Estonian "read on", then the gallery links of Galician, Portuguese,
// Spanish, Catalan, Basque, Macedonian, Serbian, Bulgarian, Albanian,
// Slovenian, Afrikaans and Hausa.
var widgetLinks = []string{"show more deals", "see more deals", "view more deals", "see all deals",
	"buy a print", "buy this print", "buy this photo", "buy photo", "buy photos", "order a print", "purchase a print",
	"start your free trial", "start free trial", "start my free trial", "start a free trial", "try it free", "join now", "join today",
	"go to site", "go to website", "visit site", "visit website", "compare rates", "compare deals",
	"see today's rates", "see today's mortgage rates", "view today's rates", "check today's rates", "see current rates",
	// a car dealer's and an estate agent's buttons
	"build & price", "build and price", "build your own", "get a dealer quote", "request a quote",
	"see local inventory", "search inventory", "view inventory", "find a dealer", "schedule a test drive",
	"view full listing", "view listing", "schedule a tour", "request a tour", "contact agent", "request info",
	// an embedded map's controls
	"view larger map", "report a map error", "keyboard shortcuts", "open in maps", "open in google maps",
	"tap to expand", "tap to enlarge", "click to expand", "tap to expand radar", "tap to expand map",
	"view deal", "see deal", "get deal", "see prices", "view prices",
	"check availability", "see availability", "book now", "book a room", "book tickets",
	"reserve a table", "book a table", "find a table", "make a reservation", "search hotels",
	"view menu", "see menu", "see the menu", "view the menu", "order online",
	"buy tickets", "get tickets", "find tickets", "place bet", "place your bet", "bet now", "add to betslip", "add to bet slip",
	"view all deals", "more deals", "shop all deals", "deal of the day", "deals of the day", "today's deals",
	"today's best deals", "hot deals", "full match centre", "full match center", "match centre",
	"match center", "find showtimes", "show all photos", "view all photos", "see all photos",
	"show all images", "view all images", "prikaži sve fotografije", "pogledajte galeriju",
	"pogledaj galeriju", "pogledajte fotogaleriju", "pogledajte sve fotografije", "alle fotos anzeigen",
	"alle bilder anzeigen", "zur bildergalerie", "voir toutes les photos", "ver todas las fotos",
	"zobacz wszystkie zdjęcia", "zobacz galerię", "zobrazit všechny fotografie", "zobraziť všetky fotografie",
	"loe edasi", "ver todas as fotos", "ver todas as imaxes", "veja todas as fotos", "ver todas as imagens",
	"galeria de fotos", "galería de imaxes", "galería de imágenes", "galeria de imagens", "fotogalería",
	"fotogaleria", "veure totes les fotos", "ikusi argazki guztiak", "argazki galeria",
	"фотогалерија", "фотогалерия", "shiko të gjitha fotot", "galeria e fotove",
	"oglejte si vse fotografije", "fotogalerija", "sien al die foto's", "fotogalery", "ara duk hotuna"}

// formLabels are the fields and buttons of a sign-up form, in lower case:
// English "Submit", the e-mail field of Slovak, Czech, Croatian, Bosnian
// and Serbian, German, French, Spanish, Italian, Portuguese, Polish,
// Dutch, Estonian, Latvian, Slovenian, Macedonian, Bulgarian, Albanian,
// Galician, Basque, Maltese, Afrikaans, Catalan, and the subscribe
// buttons of Slovak, Czech, Croatian, Estonian, Latvian, Slovenian,
// Bulgarian, Albanian, Basque.
var formLabels = []string{"submit", "enter zip", "enter zip code", "enter your zip code", "enter postcode", "enter your postcode", "zip code", "postcode", "keyword", "keywords", "clear filters", "clear all filters", "reset filters",
	"apply filters", "filter results", "search notices", "search listings", "search results", "váš e-mail", "váš email", "vaš e-mail", "vaš email", "e-mailová adresa",
	"vaša e-mailová adresa", "vaša e-mail adresa", "ihre e-mail-adresse", "e-mail-adresse",
	"votre adresse e-mail", "votre adresse email", "votre e-mail", "tu correo electrónico",
	"tu dirección de correo electrónico", "il tuo indirizzo email", "il tuo indirizzo e-mail", "seu e-mail",
	"seu email", "twój adres e-mail", "twój e-mail", "je e-mailadres", "uw e-mailadres", "e-posti aadress",
	"teie e-posti aadress", "jūsu e-pasts", "jūsu e-pasta adrese", "odoberať", "odoberať newsletter",
	"odebírat", "odebírat newsletter", "pretplati se", "pretplatite se", "telli uudiskiri", "pierakstīties",
	"vpišite e-naslov", "vnesite e-naslov", "vaš e-naslov", "vaš e-poštni naslov", "e-poštni naslov",
	"prijava na novice", "prijava na e-novice", "naroči se", "naročite se", "unesite e-mail adresu",
	"unesite svoju e-mail adresu", "unesite vašu e-mail adresu", "вашата е-пошта", "внесете е-пошта",
	"вашият имейл", "абонирайте се", "email-i juaj", "adresa juaj e-mail", "abonohu", "o teu correo electrónico",
	"o seu correo electrónico", "o seu e-mail", "zure posta elektronikoa", "harpidetu", "l-email tiegħek",
	"jou e-posadres", "el teu correu electrònic", "invalid email", "invalid email address",
	"please enter a valid email address", "please enter a valid email", "we have more newsletters", "show me",
	"continue in app", "open in app", "not now"}

// withLabels returns m with every label of lists added.
func withLabels(m map[string]bool, lists ...[]string) map[string]bool {
	for _, l := range lists {
		for _, w := range l {
			m[w] = true
		}
	}
	return m
}

// readAlsoLabels are the bare labels that announce links to other articles
// on the lines right below them ("Read also", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", "Baca
// juga:"), in lower case. Every one is also one of linkLabels.
var readAlsoLabels = withLabels(map[string]bool{
	"read also": true, "also read": true, "see also": true, "related": true, "related stories": true,
	"related articles": true, "related coverage": true, "related news": true, "lesen sie auch": true,
	"lees ook": true, "lire aussi": true, "à lire aussi": true, "a lire aussi": true, "voir aussi": true,
	"leggi anche": true, "lee también": true, "lea también": true, "leia também": true, "veja também": true,
	"mirá también": true, "leé también": true,
	"czytaj też": true, "czytaj także": true, "czytaj również": true, "zobacz też": true, "zobacz także": true, "читайте также": true,
	"смотрите также": true, "читайте також": true, "дивіться також": true, "mehr zum thema": true,
	"auch interessant": true, "das könnte sie auch interessieren": true, "articoli correlati": true,
	"noticias relacionadas": true, "notícias relacionadas": true, "te puede interesar": true,
	"también te puede interesar": true, "le puede interesar": true, "go deeper": true,
	"more on this": true, "more on this story": true, "more on this topic": true, "don't miss": true, "don’t miss": true,
}, readAlsoIntl, readAlsoMore)

// teaserReach is how many lines below a bare read-also label may be its
// teaser headlines.
const teaserReach = 5

// teaserWords is the fewest words of a later teaser headline that is
// taken before a sentence: a subheading is shorter ("Costs ease").
const teaserWords = 9

// teaserItem reports whether p, a short line that does not end a sentence,
// is a headline a bare read-also label announces (see announces): the label is at most
// teaserReach lines above, and the lines between were removed as link
// labels (other headlines of the label, an ad marker). The first line
// under the label is always taken; a later one is not when a sentence
// follows it, since an article's subheading sits there as well ("Read
// also", two headlines, then the section's subheading and its text),
// unless it has a headline's length (teaserWords); so is the first when
// the extractor left a block out between it and the label (the label's
// teaser, see prunedBefore). When the headlines
// above were a list's items, a line that is none is not one of them.
func (p *para) teaserItem() bool {
	if j := p.i - 1; j >= 0 && p.d.Paragraphs[j].Kind == clean.KindListItem && p.d.Paragraphs[j].Removal != nil &&
		p.d.Paragraphs[j].Removal.Rule == RuleLinkLabel && p.d.Paragraphs[p.i].Kind != clean.KindListItem {
		return false // the label's headlines were a list, which ended above
	}
	heads := true // the lines between have a headline's length
	for j, k := p.i-1, 1; j >= 0 && k <= teaserReach; j, k = j-1, k+1 {
		q := &p.d.Paragraphs[j]
		if q.Removal != nil && q.Removal.Rule == RulePaywall && len(q.Text) <= paywallBadgeBytes {
			continue // a teaser's paywall badge ("+", "Abo")
		}
		if q.Removal == nil || q.Removal.Rule != RuleLinkLabel {
			return false
		}
		if announcedBy(q) {
			if k == 1 && matchBreadcrumb(p) {
				// A trail under a cookie notice's "Read more": the
				// page's head, no headline, and the lines under it
				// are not the label's.
				return false
			}
			return k == 1 && !prunedBefore(p.d, p.i) || p.words >= teaserWords || p.endSent && kickerHead(p.s) || !p.beforeSentence()
		}
		// "Read more" is a button as well, over the rest of the
		// article: a headline's length under it is a teaser's, and so
		// is one under such teasers.
		if heads && p.words >= teaserWords && len(q.Text) <= readAlsoLongest &&
			strings.EqualFold(strings.Trim(trimLinkRef(q.Text), " .:»›>"), "read more") {
			return true
		}
		heads = heads && wordCount(q.Text) >= teaserWords
	}
	return false
}

// kickerHead reports a headline that opens with a kicker of at most two
// words before a colon, with at least three words after it
// ("Deutschlandticket: Lohnt sich das Abo für Pendler noch?").
func kickerHead(s string) bool {
	k := strings.IndexByte(s, ':')
	return k > 0 && strings.Count(s[:k], " ") <= 1 && wordCount(s[k+1:]) >= 3
}

// announcedBy reports whether q, the line above a headline, was removed
// as a bare label that announces links below it (see announces).
func announcedBy(q *clean.Paragraph) bool {
	return q.Removal != nil && q.Removal.Rule == RuleLinkLabel && len(q.Text) <= readAlsoLongest && announces(trimLinkRef(q.Text))
}

// announces reports whether label t announces links on the lines below
// it: it is one of readAlsoLabels or a "Related" heading (see
// relatedHeading), or a link label that opens with "read",
// "more" or "see" and ends with a colon ("Read more:", "More on this:"),
// which a button never has. A form's prompt ("Enter your email:") is a
// link label with a colon too.
func announces(t string) bool {
	k := labelKindOf(t)
	if k&labelReadAlso != 0 || relatedHeading(t) {
		return true
	}
	if k&labelLink == 0 || !strings.HasSuffix(t, ":") {
		return false
	}
	var buf [8]byte
	f := foldPrefix(buf[:0], t, 4)
	return anyPrefix(string(f), "read", "more", "see ")
}

// readAlsoLongest is the longest line, in bytes, that may be one of
// readAlsoLabels with its decoration: longer than any of them.
const readAlsoLongest = 48

// trimLinkRef returns s without a link-reference marker at its start (see
// linkRef).
func trimLinkRef(s string) string { return s[linkRef(s):] }

// prunedBefore reports whether the extractor left a block out of the
// article right before its paragraph i (see clean.Pruned): under a
// read-also label, the label's teaser, which the rules never see.
func prunedBefore(d *clean.Document, i int) bool {
	for k := range d.Pruned {
		if d.Pruned[k].At == i {
			return true
		}
	}
	return false
}

// beforeSentence reports whether the paragraph after p reads as prose: it
// ends like a sentence and has at least eight words, or, in Chinese or
// Japanese, cjkSentenceRunes characters, or it has at least
// quoteLeadWords words and ends with a colon (it introduces a quote:
// "…, she said of the day she got the keys:").
func (p *para) beforeSentence() bool {
	j := p.i + 1
	if j >= len(p.d.Paragraphs) {
		return false
	}
	t := p.d.Paragraphs[j].Text
	return isSentenceLike(t, 8) || t != "" && t[0] >= 0xE3 && endsSentence(t) && utf8.RuneCountInString(t) >= cjkSentenceRunes ||
		strings.HasSuffix(t, ":") && wordCount(t) >= quoteLeadWords
}

// quoteLeadWords is the fewest words of a paragraph that introduces a
// quote (see beforeSentence): a teaser's headline is shorter.
const quoteLeadWords = 15

// cjkSentenceRunes is the fewest characters of a sentence of Chinese or
// Japanese, written without spaces, that beforeSentence reads as prose.
const cjkSentenceRunes = 20

// ---- ad labels glued to a label -------------------------------------------------

// adLeads open an ad marker glued to a link label (see adGlued). Each
// pair of first bytes a prefix list holds costs a look-up to every line
// that opens with it: these share one.
var adLeads = prefixes("advertisement ", "advertisement:", "advert ", "ad ", "ad:", "ads ", "advertentie ")

// button reports whether p, of 3 to 20 words that do not end a sentence,
// is an ad marker glued to a link label (adGlued) or a shopping button
// (shopButton, pricedShop).
func (p *para) button() bool {
	if p.words > 12 {
		return false
	}
	if p.starts&adLeads != 0 && p.words <= 8 && adGlued(p.labelText()) {
		return true
	}
	return p.starts&shopLeads != 0 && shopButton(p) || pricedShop(p)
}

// adWords are the words of an ad marker, lower case.
var adWords = newWordSet(map[string]bool{
	"advertisement": true, "advertisements": true, "advert": true, "ad": true, "ads": true, "advertentie": true,
})

// adGlued reports whether the label t (lower case in ASCII) is an ad marker
// glued by a dash, a bar or a colon to a link label: "Advertisement -
// Continue Reading Below", "Ad | Story continues below".
func adGlued(t string) bool {
	for _, sep := range [...]string{" - ", " – ", " — ", " | ", ": "} {
		if a, b, ok := strings.Cut(t, sep); ok {
			return adWords.has(a) && labelKindOf(b)&labelLink != 0
		}
	}
	return false
}

// ---- ad copy under an ad marker ------------------------------------------------------

// adCopy reports whether p is the text of an ad right under an ad marker
// (adMarkers: "Advertisement", "Anzeige", "IKLAN") or under another line
// of the same ad: it has 2 to 40 words, no quotation mark, and the ad
// shows itself by one of
//   - the line after it, or the one after a line of at most adLineWords
//     words under it, an end of the ad (adEnds: "Story
//     continues below advertisement", "A cikk a hirdetés után
//     folytatódik", "Compare now");
//   - a slogan that ends it: a last sentence of at most four words that
//     ends with "!", in an ad with a figure (a price, a discount) or of
//     sentences of at most sloganWords words ("... RM89 sebulan. Langgan
//     sekarang!");
//   - an ad word glued to its end ("Compare quotes in minutes – ad");
//   - a proviso of an offer as its last sentence ("Save up to $300 a
//     year. Conditions apply.");
//   - an offer for a short time, in an ad with a figure ("40% off this
//     week only", see limitedOffer);
//   - a pitch to the reader in the imperative, at the start of a clause,
//     in a paragraph of at most pitchWords words (see pitch: "... — see
//     how much you could save with a free quote");
//   - right under the marker itself (not under a line of the ad), in at
//     most adShapeWords words, the shape of an ad in any language (see
//     adShaped: "Bouwinkel Riebeekdal – alles vir jou huis. 10% afslag
//     dié week!"), or ending with a telephone number (see phoneEnd).
//
// An article paragraph under an ad marker has none of them: "It was, she
// said, a great day for the town!" ends with a long sentence, "The crowd
// cheered as the mayor cut the ribbon. What a day!" has a long sentence
// and no figure, "“We won!” she shouted." quotes speech, and "The app
// offers a free trial, ..." and "..., but analysts say switching is
// worth it: you could save £200 a year." pitch nothing to the reader.
func (p *para) adCopy() bool {
	if p.i == 0 || p.words < 2 || p.words > 40 || p.low == "" {
		return false
	}
	q := &p.d.Paragraphs[p.i-1].Removal
	if *q == nil {
		return false
	}
	underMarker := false
	switch (*q).Rule {
	case RuleLinkLabel:
		if !adMarkerLine(p.d.Paragraphs[p.i-1].Text) {
			return false
		}
		underMarker = true
	case RuleSponsor:
		switch (*q).Detail {
		case details[detailAdCopy]:
		case details[detailSponsorLabel]:
			underMarker = true // "Sponsored by", "A word from our sponsor"
		default:
			return false
		}
	default:
		return false
	}
	// Right under a marker and over another, the slot's closing one, with
	// a phone number, a web address or a price in a currency
	// ("Publicità", "Ristorante U Fucone – … Riservazioni à u 04 95 48 21
	// 37", "Publicità"), a brand's name in quotes or not. An article's
	// paragraph between two ad slots says none of them ("Ticket prices
	// rose 12% this year.", "“We won!” she said.").
	if underMarker && p.i+1 < len(p.d.Paragraphs) && adMarkerLine(p.d.Paragraphs[p.i+1].Text) &&
		(contactSign(p.s) || currencySign(p.s)) {
		return true
	}
	if strings.ContainsAny(p.s, "\"“”„«»") && !quotedNames(p.s) {
		return false
	}
	// An ad's end right after it, or after one short line under it.
	if n := len(p.d.Paragraphs); p.i+1 < n && adEnd(p.d.Paragraphs[p.i+1].Text) ||
		p.i+2 < n && wordCount(p.d.Paragraphs[p.i+1].Text) <= adLineWords && adEnd(p.d.Paragraphs[p.i+2].Text) {
		return true
	}
	low := p.low
	// The last sentence of low, without its end.
	last := strings.TrimRight(low, ".!* ")
	last = strings.TrimLeft(last[strings.LastIndexAny(last, ".!?")+1:], " ")
	if low[len(low)-1] == '!' && wordCount(last) <= 4 && (strings.ContainsAny(low, "0123456789") || shortSentences(low)) {
		return true
	}
	return adWordEnd(low) || provisos.has(last) || p.words <= pitchWords && pitch(low) && !reported(low) ||
		p.has&hasFigure != 0 && limitedOffer(last) ||
		underMarker && p.words <= adShapeWords && (adShaped(p.s) || phoneEnd(p.s) || callTail(p.s))
}

// phoneEnd reports whether s ends with a telephone number (see
// contactSign, a digit last): "… Ошмарийыште. Тел. 8-927-880-14-22",
// "… Call 0161 555 0100". Right under an ad marker, that is an ad's last
// line.
func phoneEnd(s string) bool {
	return s != "" && isDigit(s[len(s)-1]) && contactSign(s)
}

// adMarkerLine reports whether the paragraph text t is an ad marker
// alone (see adMarkers).
func adMarkerLine(t string) bool {
	return len(t) <= readAlsoLongest && labelKindOf(trimLinkRef(t))&labelAd != 0
}

// quotedNames reports whether every quotation in s is a name, as a brand's
// is in Russian and its neighbours ("«Бонки Сомон-Кредит»"): one to
// nameQuoteWords words, each opening with a capital, and no mark of a
// sentence or a clause inside. Quoted speech ("“We won!” she shouted.")
// has one.
func quotedNames(s string) bool {
	const opens, closes = "\"“„«", "\"”“»"
	for s != "" {
		i := strings.IndexAny(s, opens)
		if i < 0 {
			return true
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		s = s[i+n:]
		j := strings.IndexAny(s, closes)
		if j < 0 {
			return false
		}
		q := s[:j]
		_, n = utf8.DecodeRuneInString(s[j:])
		s = s[j+n:]
		// Word by word without strings.FieldsSeq, whose closure would
		// move the rules' lower-case buffer to the heap (see adCopy).
		w := 0
		for rest := strings.TrimLeft(q, " "); rest != ""; w++ {
			if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
				return false
			}
			rest = strings.TrimLeft(rest[len(firstWord(rest)):], " ")
		}
		if w == 0 || w > nameQuoteWords || strings.ContainsAny(q, ".!?,;:") {
			return false
		}
	}
	return true
}

// nameQuoteWords is the most words of a name in quotation marks (see
// quotedNames).
const nameQuoteWords = 4

// offerDeadlines end an ad's offer that is good for a short time, lower
// case.
var offerDeadlines = []string{"this week only", "today only", "this weekend only", "while stocks last",
	"limited time only", "for a limited time"}

// limitedOffer reports whether last, the last sentence of an ad's
// paragraph without its end mark, ends with one of offerDeadlines ("40%
// off this week only"). adCopy asks for a figure in the paragraph too.
func limitedOffer(last string) bool {
	return anySuffix(last, offerDeadlines...)
}

// pitchWords is the most words of an ad's paragraph that pitches to the
// reader (see pitch); an article's paragraph is longer.
const pitchWords = 25

// pitch reports whether low (lower case) has one of adPitches at the
// start of a clause: at its start or after a sentence's end, a colon, a
// dash or a bar ("Thinking of going solar? Get a quote ...", "... — see
// how much you could save"), where an imperative stands. "Analysts say
// households should see how much they pay" has it inside a clause.
func pitch(low string) bool {
	return anyAt(low, adPitches[:], func(k, _ int) bool {
		before := strings.TrimRight(low[:k], " ")
		return before == "" || strings.IndexByte(".!?:-|", before[len(before)-1]) >= 0 ||
			strings.HasSuffix(before, "—") || strings.HasSuffix(before, "–")
	})
}

// adPitches are the imperative pitches of an ad to the reader, lower
// case: "see how much you could save", "get a quote", "claim your
// voucher", "visit our showroom", "start free". "Free trial", "you
// could save" and "book now" are said in
// articles too ("The app offers a seven-day free trial").
var adPitches = [...]string{"see how much", "get a quote", "get a free quote", "get your quote",
	"get your free", "shop now", "claim your", "click here", "find out how much", "visit our", "stop by our",
	"pop in to our", "compare plans", "compare deals", "switch and save", "start free", "start your free",
	"download the free", "download our free",
	// "Come and see us" in Italian, German, French, Spanish, Portuguese
	"vieni a trovarci", "venite a trovarci", "besuchen sie uns", "besuche uns", "venez nous voir",
	"rendez-nous visite", "visítenos", "visítanos", "ven a vernos", "venha nos visitar", "visite-nos"}

// adLineWords is the most words of the line between an ad's text and the
// notice that the article goes on (a button, "Compare now", or the ad's
// second line, "Fibre from £20 a month, no contract.").
const adLineWords = 12

// shortSentences reports whether every sentence of s has at most
// sloganWords words, as an ad's slogans do ("Don't miss out! Book now!");
// an article's sentences are longer.
func shortSentences(s string) bool {
	for {
		k := strings.IndexAny(s, ".!?")
		if k < 0 {
			return wordCount(s) <= sloganWords
		}
		if wordCount(s[:k]) > sloganWords {
			return false
		}
		s = s[k+1:]
	}
}

// sloganWords is the most words of a sentence of an ad's slogan.
const sloganWords = 6

// provisos are the provisos of an offer that end an ad, lower case, in
// English and beyond ("Se aplican condiciones.", "Vilkår gælder.",
// "Kushtet aplikohen.").
var provisos = newWordSet(map[string]bool{"conditions apply": true, "t&cs apply": true, "t&c apply": true,
	"ts&cs apply": true, "terms apply": true, "terms and conditions apply": true,
	"terms & conditions apply": true, "exclusions apply": true,
	"aplican condiciones": true, "se aplican condiciones": true, "aplican restricciones": true,
	"aplicam-se condições": true, "sujeito a condições": true, "offre soumise à conditions": true,
	"voorwaarden van toepassing": true, "er zijn voorwaarden van toepassing": true,
	"si applicano condizioni": true, "si applicano termini e condizioni": true, "es gelten bedingungen": true,
	"vilkår gælder": true, "vilkår gjelder": true, "villkor gäller": true, "ehdot pätevät": true,
	"obowiązują warunki": true, "koşullar geçerlidir": true, "se aplică termeni și condiții": true,
	"syarat dan ketentuan berlaku": true, "kushtet aplikohen": true})

// adEnd reports whether the line s may end an ad: one of adEnds, or an
// English "Story continues below" notice.
func adEnd(s string) bool {
	if len(s) > labelFoldMax {
		return false
	}
	var buf [2 * labelFoldMax]byte
	f := foldPrefix(buf[:0], s, len(buf)-utf8.UTFMax)
	if len(f) == 0 {
		return false
	}
	t := trimDotsSpaces(unsafe.String(&f[0], len(f))) // buf outlives the look-ups
	lo, hi := labelCut.bounds(t)
	if lo >= hi {
		return false
	}
	return labelKinds.kind(t[lo:hi])&labelAdEnd != 0 || continuesBelowLabel(t[lo:hi])
}

// adWordEnd reports whether the line low (lower case) ends with an ad word
// after a dash, a bar or an opening bracket: "... in minutes – ad",
// "... | Sponsored", "... (Anzeige)".
func adWordEnd(low string) bool {
	low = strings.TrimSuffix(low, ")")
	k := strings.LastIndexByte(low, ' ')
	if k < 0 || !adEndWords.has(low[k+1:]) {
		return false
	}
	before := strings.TrimRight(low[:k], " ")
	if strings.HasSuffix(low[:k+1], "(") || strings.HasSuffix(before, "(") {
		return true
	}
	for _, sep := range [...]string{"-", "–", "—", "|"} {
		if strings.HasSuffix(before, sep) {
			return true
		}
	}
	return false
}

// adEndWords are the ad words adWordEnd looks for.
var adEndWords = newWordSet(map[string]bool{
	"ad": true, "advert": true, "advertisement": true, "sponsored": true, "anzeige": true, "werbung": true,
	"publicité": true, "publicidad": true, "publicidade": true, "iklan": true,
})

// ---- shopping and booking buttons -----------------------------------------------

// shopLeads open a shopping or booking button ("Shop now at X", "Check
// prices on X").
var shopLeads = prefixes("check ", "view ", "shop ", "buy ", "book ")

// shopWords name the object of a button that checks prices: at least one
// of them sits between "Check" or "View" and the shop's name.
var shopWords = newWordSet(map[string]bool{
	"price": true, "prices": true, "pricing": true, "rates": true, "availability": true, "deal": true,
	"deals": true, "offer": true, "offers": true, "stock": true, "it": true, "now": true, "product": true,
	"latest": true, "today's": true, "current": true, "tickets": true, "fares": true,
})

// bookWords are the words after "Book" that make it a verb: "Book a
// tour on X", "Book now at X" ("Book club at X" is an event).
var bookWords = newWordSet(map[string]bool{
	"a": true, "an": true, "your": true, "now": true, "tickets": true, "online": true, "this": true,
	"direct": true, "here": true, "rooms": true, "flights": true, "the": true, "it": true, "today": true,
})

// notShops are the words after "at" or "on" that are a time, not a shop.
var notShops = newWordSet(map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "christmas": true, "easter": true, "weekends": true, "noon": true, "midnight": true,
})

// shopButton reports whether p (at most twelve words, see matchLinkLabel)
// is a shopping or booking button: "Shop now at PlantBox – $24", "Check
// hotel prices on Booking.com", "Book a walking tour on X", "View deal at
// X", "View at X". The line opens with the verb, does not end like a sentence, and
// ends with "at" or "on" and a shop: one to four capitalised words or a
// domain, not a day or a month, then maybe a price; or it opens with
// "Book now:", "Shop now:" or "Buy now:" and names a price, a figure or
// a shop ("Book now: Guided walking tours from £45 per person"), or
// "Buy at" or "Shop at", a shop, a colon and a product with its price at
// the end. "Get it
// on X for $99" is left alone: a deals post is made of such lines.
func shopButton(p *para) bool {
	if p.endSent || p.words < 3 {
		return false
	}
	low := p.low
	verb := firstWord(low)
	if (verb == "book" || verb == "shop" || verb == "buy") && strings.HasPrefix(low[len(verb):], " now: ") {
		// "Book now: Guided walking tours from £45 per person".
		return hasDigit(low) || shopAtName(p.s)
	}
	switch verb {
	case "check", "view":
		// "View deal at X", or the verb right before the shop: "View
		// at X".
		rest := low[len(verb):]
		if !hasWordBefore(low, shopWords) && !strings.HasPrefix(rest, " at ") && !strings.HasPrefix(rest, " on ") {
			return false
		}
	case "book":
		if !bookWords.has(firstWord(low[len(verb)+1:])) {
			return false
		}
	case "shop", "buy":
		// "Buy at Amperly: Nerovia Lumen 12 (128GB) — $899": the shop,
		// a colon, the product and its price.
		if rest, ok := strings.CutPrefix(p.s[len(verb):], " at "); ok {
			if name, product, ok := strings.Cut(rest, ": "); ok && shopName(name) && isPrice(lastWords(product, 1)) {
				return true
			}
		}
	default:
		return false
	}
	return shopAtName(p.s)
}

// pricedShop reports whether p is a price, "at" and a shop: "$24 at
// PlantBox", "£349 at John Lewis". A deal's headline ("$15 off X on Y")
// says more.
func pricedShop(p *para) bool {
	if p.words < 3 || p.words > 6 || p.endSent {
		return false
	}
	w := firstWord(p.s)
	return isPrice(w) && strings.HasPrefix(p.low[len(w):], " at ") && shopAtName(p.s)
}

// pricedList reports whether s is a list of prices at shops, separated
// by bars, maybe after the product's name and a colon: "Lanternfall:
// £24.99 at GameVault | £26.99 at Steam". Each part is a price, "at" or
// "on" and a shop of one to four capitalised words (see shopAtName); a
// row of a table ("Detached | £472,300 | -1.4%") is none.
func pricedList(s string) bool {
	if k := strings.Index(s, ": "); k >= 0 && k < strings.IndexByte(s, '|') {
		s = s[k+2:]
	}
	n := 0
	for more := true; more; n++ {
		var part string
		part, s, more = strings.Cut(s, "|")
		part = strings.TrimSpace(part)
		w := firstWord(part)
		if !isPrice(w) || len(part) < len(w)+4 || part[len(w):len(w)+4] != " at " && part[len(w):len(w)+4] != " on " ||
			!shopAtName(part) {
			return false
		}
	}
	return n >= 2
}

// isPrice reports whether w is an amount of money: a currency sign and a
// figure ("$24", "£1,299.99", "24€").
func isPrice(w string) bool {
	w = strings.TrimRight(w, ",;")
	if w == "" {
		return false
	}
	digits, sign := false, false
	for _, r := range w {
		switch {
		case '0' <= r && r <= '9':
			digits = true
		case r == '$' || r == '£' || r == '€' || r == '¥' || r == '₹':
			sign = true
		case r == '.' || r == ',':
		default:
			return false
		}
	}
	return digits && sign
}

// hasWordBefore reports whether a word of low before its last " at " or
// " on " is in ws.
func hasWordBefore(low string, ws *wordSet) bool {
	end := max(strings.LastIndex(low, " at "), strings.LastIndex(low, " on "))
	if end < 0 {
		return false
	}
	for rest := low[:end]; rest != ""; {
		w := firstWord(rest)
		rest = strings.TrimPrefix(rest[len(w):], " ")
		if ws.has(w) {
			return true
		}
	}
	return false
}

// shopAtName reports whether s ends with " at " or " on " and the name of
// a shop (see shopButton), maybe followed by a price after a dash, a
// colon or in brackets, or with " at ", a price, " from " and the name
// ("Buy now at £699 from Voltmart").
func shopAtName(s string) bool {
	at := max(strings.LastIndex(s, " at "), strings.LastIndex(s, " on "))
	if at < 0 {
		return false
	}
	name := s[at+4:]
	if w := firstWord(name); isPrice(w) && strings.HasPrefix(name[len(w):], " from ") {
		name = name[len(w)+len(" from "):]
	}
	for _, sep := range [...]string{" – ", " - ", " — ", " | ", ": ", " ("} {
		if k := strings.Index(name, sep); k >= 0 {
			if !isPrice(strings.TrimRight(strings.TrimSpace(name[k+len(sep):]), ")")) {
				return false
			}
			name = name[:k]
			break
		}
	}
	return shopName(strings.TrimRight(name, " !"))
}

// shopName reports whether name may be a shop's: one to four capitalised
// words, not a day or a month (see notShops), or a domain.
func shopName(name string) bool {
	if n := wordCount(name); n == 0 || n > 4 || notShops.has(strings.ToLower(firstWord(name))) {
		return false
	}
	return isUpperStart(name) && isCapitalised(name) || isDomain(strings.ToLower(name))
}

// ---- comment counts ------------------------------------------------------------------

// reactionWords count a post's reactions after a number ("412 Likes",
// "57 Restacks") or the followers and posts of a channel, lower case.
var reactionWords = newWordSet(map[string]bool{
	"like": true, "likes": true, "share": true, "shares": true, "repost": true, "reposts": true,
	"restack": true, "restacks": true, "reaction": true, "reactions": true, "clap": true, "claps": true,
	"upvote": true, "upvotes": true, "view": true, "views": true, "retweet": true, "retweets": true,
	// A channel's or a profile's counts: "48.2K subscribers", "1.9K photos".
	"subscriber": true, "subscribers": true, "follower": true, "followers": true, "photos": true,
	"videos": true, "files": true, "links": true,
})

// countLine reports whether low (lower case) holds only counts: one or
// more numbers ("2,314", "1.2k"), each followed by a word of commentWords
// or reactionWords, maybe separated by "·", "∙" or "|" ("2,314 Reposts
// 980 Likes", "412 Likes∙", "4 comments").
func countLine(low string) bool {
	n := 0
	for rest := low; rest != ""; {
		// The fields one by one: strings.Fields allocates, and a
		// FieldsSeq's closure would move low (a buffer of Match's
		// frame) to the heap.
		var f string
		f, rest, _ = strings.Cut(strings.TrimLeft(rest, " "), " ")
		f = strings.Trim(f, "·∙|")
		if f == "" {
			continue
		}
		if n%2 == 0 {
			if !countFigure(f) {
				return false
			}
		} else if !commentWords.has(f) && !reactionWords.has(f) {
			return false
		}
		n++
	}
	return n >= 2 && n%2 == 0
}

// countFigure reports a count as a page prints it: digits with thousands
// separators, maybe a "k" or "m" after them ("2,314", "1.2k").
func countFigure(f string) bool {
	f = strings.TrimRight(f, "km")
	if f == "" || f[0] < '0' || f[0] > '9' {
		return false
	}
	for i := 0; i < len(f); i++ {
		if c := f[i]; (c < '0' || c > '9') && c != ',' && c != '.' {
			return false
		}
	}
	return true
}

// commentCount reports whether low (lower case) is a count of comments:
// a number and a word of commentWords ("4 comments", "12 Kommentare").
func commentCount(low string) bool {
	n, rest, ok := strings.Cut(low, " ")
	if !ok {
		return false
	}
	for i := 0; i < len(n); i++ {
		if n[i] < '0' || n[i] > '9' {
			return false
		}
	}
	return commentWords.has(rest)
}

// countedLabel reports whether low (lower case) is a link label with a
// count in round brackets after it: a word of commentWords or a
// whole-line link label ("Comments (12)", "Kummenti (23)", "Galería de
// fotos (8)", "Photo gallery (12)"). "Comments (and replies)" has no
// number; "Lluvia de estrellas (8)" has no label.
func countedLabel(low string) bool {
	k := strings.LastIndex(low, " (")
	if k <= 0 || len(low)-k < 4 || low[len(low)-1] != ')' {
		return false
	}
	for i := k + 2; i < len(low)-1; i++ {
		if low[i] < '0' || low[i] > '9' {
			return false
		}
	}
	w := low[:k]
	if w[0] >= utf8.RuneSelf {
		w = strings.ToLower(w) // low is lower case in ASCII only
	}
	return commentWords.has(w) || labelKindOf(w)&labelLink != 0
}

// commentWords name comments after a count or before one in brackets,
// lower case: English, German, French, Italian, Spanish, Portuguese,
// Catalan, Dutch, Afrikaans, Polish, Hungarian, the Scandinavian
// languages, Maltese, Basque, Slovenian, Croatian, Bosnian and Serbian,
// Macedonian, Bulgarian, Russian, Ukrainian, Albanian, Hausa, Amharic,
// Kazakh, Nepali and Hindi, Armenian.
var commentWords = newWordSet(map[string]bool{
	"comment": true, "comments": true, "replies": true, "responses": true, "kommentare": true,
	"kommentar": true, "commentaires": true, "commentaire": true, "commenti": true, "comentarios": true,
	"comentários": true, "reacties": true, "komentarze": true, "hozzászólás": true, "kommentarer": true,
	"kummenti": true, "kumment": true, "iruzkinak": true, "iruzkin": true, "comentario": true,
	"comentaris": true, "komentarji": true, "komentarjev": true, "komentari": true, "komentara": true,
	"коментари": true, "коментара": true, "комментарии": true, "коментарі": true, "komentimet": true,
	"komente": true, "kommentaar": true, "sharhi": true, "አስተያየቶች": true,
	"пікірлер": true, "пікір": true, "प्रतिक्रिया": true, "टिप्पणी": true, "մեկնաբանություններ": true,
	"yorum": true, "yorumlar": true, "نظر": true, "دیدگاه": true,
	"коментар": true, "коментарів": true, "комментарий": true, "комментария": true, "комментариев": true,
	"komentarz": true, "komentarzy": true, "reactie": true, "komentar": true, "komentáře": true,
	"komentářů": true, "komentář": true, "kommentti": true, "kommenttia": true, "comentarii": true,
	"σχόλια": true, "σχόλιο": true, "تعليقات": true, "تعليق": true, "תגובות": true, "コメント": true,
	"댓글": true, "评论": true, "評論": true, "टिप्पणियां": true, "टिप्पणियाँ": true, "ความคิดเห็น": true,
})

// ---- graphic labels ------------------------------------------------------------------

// graphicLeads open the label of a chart, a map or a graphic, or its
// credit ("Map: Change in rents by district", "Chart: ...", "Figure: ..."
// with no number: a numbered figure's label may be the article's own).
var graphicLeads = prefixes("map:", "maps:", "chart:", "charts:", "graphic:", "graphics:", "graph:",
	"karte:", "grafik:", "carte :", "carte:", "graphique :", "graphique:", "mapa:", "gráfico:", "grafico:",
	"grafika:", "kaart:", "figure:", "interactive map:", "interactive chart:", "interactive graphic:")

// chartSourceLeads open the source line of a chart ("Source: X analysis").
var chartSourceLeads = prefixes("source:", "sources:", "source :", "fuente:", "fonte:", "bron:", "źródło:",
	"kaynak:", "zdroj:")

// graphicWords is the most words of a graphic's label.
const graphicWords = 30

// matchGraphic: the label of a chart or a map, of at most graphicWords
// words, and a short source line ("Source: X") right above or below one
// or a numbered figure or table ("Figure 1: ...", whose label is left to
// the other rules: it may be the article's own).
func matchGraphic(p *para) bool {
	if p.words > graphicWords {
		return false
	}
	if p.starts&graphicLeads != 0 {
		return p.words >= 2
	}
	if p.starts&chartSourceLeads == 0 || p.words > 12 {
		return false
	}
	for _, j := range [...]int{p.i - 1, p.i + 1} {
		if j < 0 || j >= len(p.d.Paragraphs) {
			continue
		}
		if t := p.d.Paragraphs[j].Text; foldedStarts(t)&graphicLeads != 0 || figureLabel(t) {
			return true
		}
	}
	return false
}

// figureWords name a numbered figure or table.
var figureWords = [...]string{"figure", "fig.", "table", "chart", "graph", "map", "abbildung", "abb.",
	"tabelle", "tableau", "tabla", "tabela", "tabel", "grafico", "gráfico", "wykres", "рисунок", "рис.",
	"таблица", "таблиця"}

// figureLabel reports whether s opens with a numbered figure or table and
// a colon or a full stop ("Figure 1: ...", "Table 2. ...").
func figureLabel(s string) bool {
	for _, w := range figureWords {
		if len(s) <= len(w)+2 || !hasPrefixFold(s, w) {
			continue
		}
		rest := strings.TrimLeft(s[len(w):], " ")
		k := 0
		for k < len(rest) && '0' <= rest[k] && rest[k] <= '9' {
			k++
		}
		return k > 0 && k < len(rest) && (rest[k] == ':' || rest[k] == '.')
	}
	return false
}

// ---- reader call-outs ----------------------------------------------------------------

// callOutLeads open a question to the reader that asks for a letter, a
// question or a tip ("Have a question? Get in touch.").
var callOutLeads = prefixes("have a question", "have an opinion", "have a story", "have a view",
	"have a comment", "have something to say", "got a question", "got an opinion", "got a story",
	"got something to say", "got a problem", "have a problem", "have your say", "do you have a story",
	"do you have an opinion", "do you have a question", "do you have a tip", "do you have something to say",
	"tried this recipe", "did you make this", "made this recipe", "did you try this", "what do you think",
	"what's your view", "what are your thoughts", "do you live", "have you been affected", "were you affected",
	"are you affected", "did you witness", "were you there")

// callOutVerbs open the request that answers the question, in lower case.
var callOutVerbs = [...]string{"send", "submit", "email", "e-mail", "write to", "write us", "get in touch",
	"leave a", "tag ", "rate it", "let me know",
	"contact us", "tell us", "let us know", "drop us", "message us", "share it", "share your", "ask ",
	"reach us", "click here", "fill in", "fill out", "use our", "use the form", "we want to hear",
	"we'd love to hear", "we would love to hear", "our team", "if you would like to submit",
	"if you'd like to submit", "if you want to submit"}

// matchCallOut: a reader call-out of at most 40 words: a question to the
// reader (callOutLeads), or up to callOutQuestions of them, and right
// after them a request to write in ("Have
// an opinion? Submit a letter to the editor.", "Got a question for X?
// Send it to ..."). An article sentence that goes on after the question
// with anything else ("Have a question about your bill? The helpline
// opens at 8am.") is not one.
func matchCallOut(p *para) bool {
	if p.words > 40 {
		return false
	}
	rest := p.low
	for range callOutQuestions {
		q := strings.IndexByte(rest, '?')
		if q < 0 {
			return false
		}
		rest = strings.TrimLeft(rest[q+1:], " ")
		if rest == "" {
			return false
		}
		for _, v := range callOutVerbs {
			if strings.HasPrefix(rest, v) {
				return true
			}
		}
	}
	return false
}

// callOutQuestions is the most questions to the reader before the request
// ("Do you live in X? What do you think of the decision? Let us know in
// the comments below.").
const callOutQuestions = 3

// ---- disclaimers ----------------------------------------------------------------------

// externalNoteWords is the most words of a site's note on external links.
const externalNoteWords = 40

// externalNote reports whether p (of at most externalNoteWords words,
// nobody reported) is a site's note that it does not answer for the sites
// it links to: "... is not responsible for the content of external
// sites."; or a wire desk's note on who funds it, which ends saying that
// the desk alone answers for its content: "The Press Service Health and
// Science Department receives support from the X Foundation. The Press
// Service is solely responsible for all content."
func externalNote(p *para) bool {
	if p.low == "" || p.words < solelyNoteMin || p.words > externalNoteWords {
		return false
	}
	sig := p.signature()
	external, solely := p.words >= externalNoteMin && subExternal.maybe(sig), subSolely.maybe(sig)
	if !external && !solely || !externalEnd(p.low) {
		return false
	}
	return (external && strings.Contains(p.low, "responsible for the content of external") ||
		solely && strings.Contains(p.low, " is solely responsible for all content")) && !reported(p.low)
}

// externalNoteMin is the fewest words of a note on external links ("X is
// not responsible for the content of external sites").
const externalNoteMin = 9

// solelyNoteMin is the fewest words of a funding note's last sentence
// ("The AP is solely responsible for all content.").
const solelyNoteMin = 7

// externalEnds are the last words of a note on external links.
var externalEnds = setOf("sites", "websites", "links", "pages", "content")

// externalEnd reports whether the last word of low, the punctuation of
// noteEndCut trimmed, is one of externalEnds. Each of them ends with 's'
// or 't': most lines are ruled out by the last byte before the
// punctuation.
func externalEnd(low string) bool {
	k := len(low)
	for k > 0 && noteEndCut[low[k-1]] {
		k--
	}
	if k == 0 || low[k-1] != 's' && low[k-1] != 't' {
		return false
	}
	return externalEnds[strings.TrimRight(lastWords(low, 1), noteEnd)]
}

// noteEnd is the punctuation trimmed after the last word of a note;
// noteEndCut marks its bytes.
const noteEnd = ".!?)]\"' "

var noteEndCut = func() (t [256]bool) {
	for i := range len(noteEnd) {
		t[noteEnd[i]] = true
	}
	return t
}()

// helplineWords is the most words of a helpline notice.
const helplineWords = 50

// helplineLeads open the notice under a story about suicide, abuse, grief
// or a crime that points readers who were affected to help ("If you have
// been affected by any of the issues raised in this story, support is
// available from ..."), or under a story about a fire, a flood or a storm
// that points them to the emergency services' news ("For emergency
// information, listen to your local emergency broadcaster ... In a
// life-threatening emergency call ..."); helplineOffers are the help it
// offers, lower case.
var (
	helplineLeads = prefixes("if you have been affected", "if you've been affected", "if you or someone you know",
		"for emergency information", "for the latest emergency information", "for up-to-date emergency information",
		"in a life-threatening emergency", "in a life threatening emergency")
	helplineOffers = [...]string{"support is available", "help is available", "helpline", "contact", "call ",
		"visit ", "speak to", "talk to", "samaritans", "listen to", "tune in to", "tune into"}
)

// readerNoteLeads open a disclaimer (see matchDisclaimer) or a
// typo-report notice (see matchTypoNotice): the rules look no further
// into a line that opens with none of them. Few open with "The": every
// line that does is tried against each of them.
var readerNoteLeads = prefixes(
	// English
	"the views", "the opinions", "views expressed", "opinions expressed", "disclaimer", "(disclaimer", "note: this",
	"note: the views", "this article ", "this content ", "this column ", "this post ",
	// advice disclaimers (see adviceKinds)
	"this information ", "this story is not", "nothing in this article", "the information in this",
	"the information on this", "the content of this", "the content on ", "medical disclaimer",
	"health disclaimer", "legal disclaimer", "financial disclaimer",
	// a transcript's disclaimer (see transcriptCaveats)
	"this transcript was ", "this transcript is ", "this transcript has ", "this transcript may ",
	"transcripts are ", "this is a rush transcript", "this text may not", "transcript provided by ",
	// an e-mail's confidentiality notice (see mailNotice)
	"confidentiality notice", "confidentiality note", "this e-mail and any", "this email and any",
	"this e-mail message", "this email message", "this message and any attachment",
	"the information contained in this e-mail", "the information contained in this email",
	"the information contained in this message", "please consider the environment",
	// the leads of a safe-harbor notice (see forwardLooking)
	"this press release contains", "this news release contains", "this release contains",
	"this announcement contains", "this communication contains", "certain statements", "statements in this",
	"forward-looking statements", "forward looking statements",
	// German, French, Spanish, Italian, Portuguese, Polish
	"die meinung", "der beitrag gibt", "dieser beitrag gibt", "der artikel gibt", "dieser artikel gibt",
	"der gastbeitrag", "dieser gastbeitrag", "gastbeiträge", "namentlich gekennzeichnete", "haftungsausschluss",
	"les opinions", "les propos", "cet article n", "cette tribune n", "les tribunes", "avertissement",
	"las opiniones", "los artículos de opinión", "las columnas de opinión", "le opinioni", "gli articoli",
	"as opiniões", "os artigos de opinião", "opinie wyrażone", "artykuł wyraża", "tekst wyraża",
	"publikowane opinie", "zauważyłeś błąd", "jeśli zauważyłeś", "jeżeli zauważyłeś", "fehler gefunden",
	"vous avez trouvé une", "si vous trouvez une",
	// Russian, Ukrainian (few first letters: a Cyrillic line whose first
	// letter opens a prefix is lower-cased for the lists), Czech
	"мнение автора", "мнение редакции", "материал отражает", "позиция автора", "думка автора",
	"матеріал відображає", "позиція автора", "если вы заметили", "если вы нашли", "нашли ошибку",
	"нашли опечатку", "заметили ошибку", "заметили опечатку", "выделите", "якщо ви помітили",
	"якщо ви знайшли", "помітили помилку", "знайшли помилку", "помилка в тексті", "виділіть",
	"našli jste chybu", "pokud jste našli", "pokud najdete",
	// Chinese
	"【免责声明】", "免责声明", "【免責聲明】", "免責聲明", "【声明】", "声明：", "聲明：", "风险提示", "【风险提示】",
	"風險提示", "（本文", "(本文", "本文仅代表",
	"本文僅代表", "本文观点", "本文觀點")

// disclaimerSays say, inside a line that opens with one of readerNoteLeads,
// that a piece gives its author's views, or is for information only:
// English in disclaimerReflect, disclaimerViews and informationOnly,
// beyond English here (lower case, without a first letter that may be a
// capital).
var disclaimerSays = [...]string{"meinung des autors", "meinung der autorin", "meinung der redaktion",
	"standpunkt der redaktion", "n'engagent que", "n’engagent que", "n'engage que", "n’engage que",
	"ne reflètent pas nécessairement", "ne reflète pas nécessairement", "no reflejan necesariamente",
	"no refleja necesariamente", "responsabilidad exclusiva de", "non riflettono necessariamente",
	"non rispecchiano necessariamente", "non riflette necessariamente", "não refletem necessariamente",
	"não reflete necessariamente", "não representam necessariamente", "nie muszą odzwierciedlać",
	"nie musi odzwierciedlać", "stanowiska redakcji", "может не совпадать", "може не збігатися",
	"може не співпадати", "позиции редакции", "позиції редакції", "мнением редакции", "позицией редакции",
	"позицією редакції", "думкою редакції", "仅代表作者", "僅代表作者", "不代表本网", "不代表本站", "不代表本報",
	"不代表本报", "与本网无关", "與本網無關", "与本站无关", "與本站無關",
	// a statement that the piece is the site's own, not to be reprinted
	// without credit
	"转载请注明出处", "轉載請註明出處", "未经授权不得转载", "未經授權不得轉載", "禁止转载",
	// a market story's risk warning: no investment advice
	"不构成任何投资建议", "不构成投资建议", "不構成任何投資建議", "不構成投資建議", "投资需谨慎", "投資需謹慎"}

// informationOnly say that a piece is for information only.
var informationOnly = [...]string{"informational purposes", "information only", "informational use"}

// disclaimerViews name the views a piece gives; disclaimerOwn say that
// they are the author's own.
var (
	disclaimerViews = [...]string{"views expressed", "opinions expressed", "views in this", "opinions in this",
		"views are", "opinions are", "views and opinions", "view expressed", "views of the author",
		"author's views", "author’s views"}
	disclaimerOwn = [...]string{" own", "solely those of", "those of the author", "those of the writer",
		"not the position", "not those of", "not the views of"}
)

// disclaimerReflect say that the views are not the publication's.
var disclaimerReflect = [...]string{"not necessarily reflect", "not necessarily represent",
	"n't necessarily reflect", "n't necessarily represent", "not necessarily those of"}

// disclaimerSubjects name the piece or its writer.
var disclaimerSubjects = [...]string{"author", "writer", "columnist", "contributor", "column", "article",
	"op-ed", "opinion", "editorial", "blog", "this piece", "this post", "this content", "guest",
	"publisher", "this site", "this website", "this publication", "the newspaper", "the editors"}

// disclaimerCJKBytes is the fewest bytes of a disclaimer in Chinese:
// eight characters.
const disclaimerCJKBytes = 24

// helplineLine reports whether p is a line of a helpline box, under its
// notice (see helplineLeads) or under another of its lines: at most
// helplineWords words with a telephone number (helplineDigits digits or
// more), reporting no speech ("Samaritans are available 24 hours a day
// on 116 123.").
func helplineLine(p *para) bool {
	if p.i == 0 || p.words > helplineWords || p.has&hasFigure == 0 {
		return false
	}
	r := p.d.Paragraphs[p.i-1].Removal
	if r == nil || r.Rule != RuleDisclaimer || r.Detail != details[detailHelpline] {
		return false
	}
	digits := 0
	for i := 0; i < len(p.s); i++ {
		if isDigit(p.s[i]) {
			digits++
		}
	}
	if digits < helplineDigits || reported(p.low) {
		return false
	}
	p.detail = detailHelpline
	return true
}

// helplineDigits is the fewest digits of a helpline's telephone number
// ("116 123").
const helplineDigits = 6

// noteLength reports whether p has the length of a disclaimer: 6 to 80
// words, or, opening with a character of Chinese or Japanese or a
// bracket of theirs (a first byte from 0xE3 on), no spaces and
// disclaimerCJKBytes bytes or more.
func noteLength(p *para) bool {
	return p.words >= 6 && p.words <= 80 || p.words < 6 && p.low != "" && p.low[0] >= 0xE3 &&
		len(p.s) >= disclaimerCJKBytes
}

// matchDisclaimer: a note of 6 to 80 words (or a line in Chinese, see
// noteLength), opening with one of
// readerNoteLeads, that says that a piece gives its author's views, not
// the publication's ("The views expressed in this column are the
// author's own", "... do not necessarily reflect those of the editors",
// "Мнение автора может не совпадать с мнением редакции"), that it is
// for information only and is no advice, or that it gives no advice of a
// kind (adviceKinds: "This article is not medical advice."), or a
// company's safe-harbor notice (see forwardLooking), or a helpline notice
// (see helplineLeads). Reported speech is not one
// ("The views expressed were his own, the mayor said").
func matchDisclaimer(p *para) bool {
	if p.starts&helplineLeads != 0 {
		if p.words <= helplineWords && containsAny(p.low, helplineOffers[:]) && !reported(p.low) {
			p.detail = detailHelpline
			return true
		}
		return false
	}
	if p.starts&readerNoteLeads == 0 || !noteLength(p) {
		return false
	}
	low := p.low
	switch {
	case p.has&hasHigh != 0 && containsAny(low, disclaimerSays[:]):
	case forwardLooking(low):
		return true
	case strings.Contains(low, "transcript") && containsAny(low, transcriptCaveats[:]):
	case containsAny(low, mailNotice[:]):
	case containsAny(low, adviceKinds[:]):
	case containsAny(low, informationOnly[:]):
		if !strings.Contains(low, "advice") {
			return false
		}
	case containsAny(low, disclaimerReflect[:]):
		if !containsAny(low, disclaimerSubjects[:]) {
			return false
		}
	case containsAny(low, disclaimerViews[:]):
		if !containsAny(low, disclaimerOwn[:]) || !containsAny(low, disclaimerSubjects[:]) {
			return false
		}
	default:
		return false
	}
	return !reported(low)
}

// transcriptCaveats say that a transcript may be wrong, in lower case:
// "This transcript was generated by ... and may contain errors. Please
// check the corresponding audio before quoting in print.", "This text may
// not be in its final form ..." Its opening is one of readerNoteLeads.
var transcriptCaveats = [...]string{"may contain errors", "may not be in its final form", "before quoting",
	"authoritative record", "may be updated or revised"}

// mailNotice are the words of the notice an e-mail program or a company
// adds under a message, in lower case: "CONFIDENTIALITY NOTICE: This
// e-mail message, including any attachments, is for the sole use of the
// intended recipient(s) ...", "Please consider the environment before
// printing this email." Its opening is one of readerNoteLeads.
var mailNotice = [...]string{"recipient", "addressee", "intended solely", "before printing"}

// adviceKinds are the advice a note says a piece does not give, or
// replace, in lower case ("This article is not medical advice.", "Nothing
// in this article constitutes investment advice.").
var adviceKinds = [...]string{"medical advice", "financial advice", "legal advice", "investment advice",
	"professional advice", "tax advice", "health advice", "substitute for", "investment decision"}

// forwardLooking reports whether s is a company's safe-harbor notice: it
// names its forward-looking statements and says what a lawyer adds to them,
// that actual results may differ materially from them, that they carry
// risks and uncertainties, or that the company undertakes no obligation
// to update them ("This press release contains forward-looking statements
// ... that could cause actual results to differ materially. Corvane
// undertakes no obligation to update any forward-looking statement.").
// A press release ends with one; an article that reports the notice
// reports speech ("..., the company said"), and is no notice. Quotation
// marks are no speech here: notices quote their own terms ("Forward-
// Looking Statements" within the meaning of ...).
func forwardLooking(s string) bool {
	if !containsFold(s, "forward-looking statement") && !containsFold(s, "forward looking statement") {
		return false
	}
	for _, w := range forwardCaveats {
		if containsFold(s, w) {
			return !containsWordFold(s, "said") && !containsWordFold(s, "says") && !containsWordFold(s, "told")
		}
	}
	return false
}

// forwardCaveats are what a safe-harbor notice says of its statements,
// in lower case.
var forwardCaveats = [...]string{"differ materially", "no obligation", "risks and uncertainties",
	"actual results", "safe harbor", "securities litigation reform"}

// ---- typo-report notices -------------------------------------------------------------

// typoErrors are "error" and "typo" in the languages whose sites ask for
// Ctrl+Enter, lower case, without a first letter that may be a capital.
var typoErrors = [...]string{"error", "mistake", "typo", "омилк", "шибк", "печатк", "łąd", "łęd", "chyb",
	"fehler", "erreur", "hata", "greš", "грешк"}

// typoAsks are the verbs that ask the reader to select the text or tell the
// editors.
var typoAsks = [...]string{"select", "highlight", "report", "let us know", "notify", "tell us", "ыдел",
	"иділ", "zaznacz", "označ", "markier", "sélection", "seleccion", "selezion", "редакц", "сообщ",
	"повідом", "daj nam znać", "informuj"}

// matchTypoNotice: a notice of at most 50 words, opening with one of
// readerNoteLeads, that asks the reader to report an error by selecting it
// and pressing Ctrl+Enter ("Нашли ошибку? Выделите её и нажмите
// Ctrl+Enter"). A how-to that presses Ctrl+Enter names no error to
// report.
func matchTypoNotice(p *para) bool {
	if p.starts&readerNoteLeads == 0 || p.words > 50 {
		return false
	}
	low := p.low
	k := strings.Index(low, "ctrl")
	if k < 0 {
		return false
	}
	rest := strings.TrimLeft(low[k+len("ctrl"):], " +-")
	return strings.HasPrefix(rest, "enter") && containsAny(low, typoErrors[:]) && containsAny(low, typoAsks[:])
}

// ---- reference lists -----------------------------------------------------------------

// RuleReferences names the removal of a reference list.
const RuleReferences = "references"

// referenceHeaders are the headers of a reference list, lower case.
var referenceHeaders = map[string]bool{
	"references": true, "reference": true, "sources": true, "bibliography": true, "citations": true,
	"works cited": true, "literature": true, "literature cited": true, "scientific references": true,
	"literatur": true, "quellen": true, "literaturverzeichnis": true, "références": true, "bibliographie": true,
	"referencias": true, "fuentes": true, "bibliografía": true, "riferimenti": true, "bibliografia": true,
	"fonti": true, "referências": true, "fontes": true, "źródła": true, "przypisy": true, "literatura": true,
	"литература": true, "источники": true, "список литературы": true, "джерела": true, "література": true,
	"referenties": true, "bronnen": true,
}

// proseAfter is the fewest words of a paragraph, ending like a sentence,
// that shows the article going on after a reference list.
const proseAfter = 25

// matchReferences: a reference list at the end of an article: its header
// ("References", "Sources") right above a citation (see citation) and
// with no paragraph of article prose after the list (a disclaimer is
// none, see disclaimerRule); then each citation
// under a line this rule removed, a numbered one also when it follows the
// number before it ("3. Office of X. Fact sheet.").
func matchReferences(p *para) bool {
	if p.afterReferences() {
		// The raw text, as the header's look-ahead read it: p.s has lost
		// a "[3] " that linkRef takes for a text dump's link marker.
		ps := p.d.Paragraphs
		t, q := ps[p.i].Text, ps[p.i-1].Text
		// A note under the header (see sourcesNote), not a line between
		// two citations.
		return citation(t) || listNumber(t) > 0 && listNumber(t) == listNumber(q)+1 || sourceEntry(t) ||
			sourcesNote(ps, p.i) && !citation(q) && listNumber(q) == 0
	}
	if p.low == "" || p.words > 3 || p.labelKind()&labelRefHeader == 0 {
		return false
	}
	ps := p.d.Paragraphs
	j := p.i + 1
	if j < len(ps) && sourcesNote(ps, j) {
		j++
	}
	// The list: citations, numbered entries and sources named before
	// their titles, the first no numbered one, one a citation.
	first, cited := j, false
	for ; j < len(ps); j++ {
		t := ps[j].Text
		if citation(t) {
			cited = true
		} else if j == first || listNumber(t) == 0 {
			if !sourceEntry(t) {
				break
			}
		}
	}
	if !cited {
		return false
	}
	for ; j < len(ps); j++ {
		if isSentenceLike(ps[j].Text, proseAfter) {
			if _, note := disclaimerRule.Match(p.d, j); !note {
				return false
			}
		}
	}
	return true
}

// sourcesNote reports whether paragraph j of ps is a note between a
// reference list's header and its first citation, of at most
// sourcesNoteWords words ("Sources / Our writers use only high-quality
// sources, including peer-reviewed studies, to support the facts within
// our articles. / 1. Smith AB, ..."): no citation itself, and one right
// after it.
func sourcesNote(ps []clean.Paragraph, j int) bool {
	return j+1 < len(ps) && wordCount(ps[j].Text) <= sourcesNoteWords && !citation(ps[j].Text) &&
		!sourceEntry(ps[j].Text) && (citation(ps[j+1].Text) || sourceEntry(ps[j+1].Text))
}

// sourceEntry reports whether s is shaped like an entry of a reference
// list that names its source before its title, with no marks of a
// citation ("National Institute on Aging. How is dementia treated?",
// "U.S. Food and Drug Administration. FDA approves treatment. Published
// April 1, 2025."): at most sourceEntryWords words; before the first
// full stop and space, a name of at most sourceNameWords capitalised
// words (a lower-case word of at most three letters may join them: "on",
// "of", "and"); after it, a title of two words or more that opens with a
// capital or a figure. Only a list that holds a citation takes such
// entries (see matchReferences).
func sourceEntry(s string) bool {
	k := strings.Index(s, ". ")
	if k <= 0 || wordCount(s) > sourceEntryWords {
		return false
	}
	name, title := s[:k], s[k+2:]
	if !isUpperStart(title) || !strings.Contains(strings.TrimSpace(title), " ") {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(name) {
		if n++; n > sourceNameWords || !isUpperStart(w) && (n == 1 || len(w) > 3) {
			return false
		}
	}
	return true
}

// sourceEntryWords is the most words of a sourceEntry; sourceNameWords
// the most words of its source's name.
const (
	sourceEntryWords = 30
	sourceNameWords  = 7
)

// sourcesNoteWords is the most words of a note under a reference list's
// header (see sourcesNote).
const sourcesNoteWords = 60

// disclaimerRule is the disclaimer rule alone: a disclaimer after a
// reference list ("This article is for informational purposes only ...")
// is no article prose going on.
var disclaimerRule = RuleSet{ids: []ruleID{idDisclaimer}}

// afterReferences reports whether the paragraph before p was removed as a
// part of a reference list.
func (p *para) afterReferences() bool {
	if p.i == 0 {
		return false
	}
	r := p.d.Paragraphs[p.i-1].Removal
	return r != nil && r.Rule == RuleReferences
}

// listNumber returns the number that opens s as a list item ("12. ",
// "[3] ", "4) "), or 0.
func listNumber(s string) int {
	k := 0
	if strings.HasPrefix(s, "[") {
		k = 1
	}
	n, d := 0, 0
	for k < len(s) && '0' <= s[k] && s[k] <= '9' && d < 4 {
		n = 10*n + int(s[k]-'0')
		k++
		d++
	}
	if d == 0 || k+1 >= len(s) || s[k+1] != ' ' {
		return 0
	}
	switch s[k] {
	case '.', ')', ']':
		return n
	}
	return 0
}

// citation reports whether s is shaped like an entry of a reference list:
// a link alone after a list number, or a year (1800-2099) with one more
// mark of a citation: "et al", a DOI or PubMed number, the date a web
// page was read ("Accessed January 2026", "Retrieved"), a journal's
// volume(issue):pages or volume:pages, or authors' initials ("Smith AB,",
// "Smith, A. B.").
func citation(s string) bool {
	if len(s) < 12 || len(s) > 1200 {
		return false
	}
	if n := listNumber(s); n > 0 {
		rest := strings.TrimSpace(s[strings.IndexByte(s, ' ')+1:])
		if !strings.Contains(rest, " ") && isURL(rest) {
			return true
		}
	}
	if !hasYear(s) {
		return false
	}
	if containsFold(s, "et al") || containsFold(s, "doi:") || containsFold(s, "doi.org/") || containsFold(s, "pmid") ||
		containsFold(s, "accessed ") || containsFold(s, "retrieved ") {
		return true
	}
	return volumePages(s) || initials(s)
}

// hasYear reports whether s holds a year from 1800 to 2099 as a word of its
// own (or before a letter such as "2012a").
func hasYear(s string) bool {
	for k := 0; k+4 <= len(s); k++ {
		c := s[k]
		if c != '1' && c != '2' || k > 0 && '0' <= s[k-1] && s[k-1] <= '9' {
			continue
		}
		if !(c == '1' && (s[k+1] == '8' || s[k+1] == '9') || c == '2' && s[k+1] == '0') {
			continue
		}
		if '0' <= s[k+2] && s[k+2] <= '9' && '0' <= s[k+3] && s[k+3] <= '9' &&
			(k+4 == len(s) || s[k+4] < '0' || s[k+4] > '9') {
			return true
		}
	}
	return false
}

// volumePages reports whether s holds a journal's volume, issue and pages:
// "17(12):1161", ";21(1):125", "12:345-9".
func volumePages(s string) bool {
	for k := strings.IndexByte(s, ':'); k > 0; {
		// digits (and a bracketed issue) before, a digit after
		j := k - 1
		if s[j] == ')' {
			for j > 0 && s[j] != '(' {
				j--
			}
			j--
		}
		if j >= 0 && k+1 < len(s) && '0' <= s[j] && s[j] <= '9' && '0' <= s[k+1] && s[k+1] <= '9' {
			return true
		}
		n := strings.IndexByte(s[k+1:], ':')
		if n < 0 {
			break
		}
		k += n + 1
	}
	return false
}

// initials reports whether s, after a list number, opens with an author
// and initials: "Smith AB,", "Smith AB.", "Smith, A. B." or "Smith, A.,".
func initials(s string) bool {
	if n := listNumber(s); n > 0 {
		s = strings.TrimLeft(s[strings.IndexByte(s, ' ')+1:], " ")
	}
	w := firstWord(s)
	if len(w) < 2 || !isUpperStart(w) {
		return false
	}
	rest := strings.TrimPrefix(s[len(w):], " ")
	if strings.HasSuffix(w, ",") {
		// "Smith, A. B." or "Smith, A.,"
		return len(rest) >= 2 && isUpperASCII(rest[0]) && rest[1] == '.'
	}
	// "Smith AB," or "Smith A."
	k := 0
	for k < len(rest) && k < 3 && isUpperASCII(rest[k]) {
		k++
	}
	return k > 0 && k < len(rest) && (rest[k] == ',' || rest[k] == '.')
}

// isUpperASCII reports whether c is an ASCII capital.
func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }
