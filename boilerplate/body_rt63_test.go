package boilerplate

import (
	"slices"
	"testing"
)

// TestCommaListInRun: a list of names (a line-up, a cast: lines of at
// least listCommas commas, see commaList) between two parts of an
// article reads as a table, so the run goes on over it to the part under
// it; a read-more link and an ad label inside it still go.
func TestCommaListInRun(t *testing.T) {
	head := []string{"Harbour Festival line-up revealed as organisers add a late-night stage",
		"By Jane Doe, Arts Reporter"}
	before := []string{
		"The Harbour Festival has announced the first forty acts for this year's event, which returns to the town park in August.",
		"Organisers said a third headliner for the Sunday would be revealed in the next few weeks, once contracts had been signed.",
		"The festival, which began as a one-day event in a farmer's field, now draws around eighteen thousand people a day.",
		"\"We have been working on this line-up for almost two years,\" said the festival's director, who took over in 2019.",
	}
	list := []string{"The line-up so far",
		"Friday – Main Stage: Velvet Harbour, Marlowe Keys, The Dune Sisters, Abe Okafor, Glasshouse Riot",
		"Saturday – Main Stage: The Lanterns, Freya Connolly, Static Parade, Los Hermanos Vidal, The Quarry Boys",
		"Sunday – Main Stage: headliner to be announced, Nell and the Nightjars, Tobias Wren, Kestrel Bay",
		"Estuary Tent (all weekend): Honey Cartel, Ama Sefa, Portland Row, Mirrorball Club, The Understudies",
		"Walled Garden (late-night stage): DJ Moth, Lowtide Sound System, Sable and Finch, Oyinda, Night Ferry",
		"Acoustic Barn: Jem Halloran, The Gull Street Choir, Pippa Arden, Wilf Osei, Cora Delane"}
	after := []string{"A new stage after dark",
		"The late-night stage will run until 2am on Friday and Saturday nights, after the council approved an extension to the licence.",
		"The director said extra stewards and a shuttle bus to the town centre would run until 3am to keep noise to a minimum.",
		"Sunday will also be a family day, with children's workshops, a silent disco and a small stage run by pupils from local schools.",
	}
	lines := slices.Concat(rt37Menu, head, before, []string{"Advertisement"}, list,
		[]string{"READ MORE: The biggest gigs of the year – the full list so far"}, after, rt37Foot)
	article := func(lines []string) func(int) bool {
		return func(i int) bool {
			s := lines[i]
			return s == head[0] || slices.Contains(before, s) || slices.Contains(list, s) || slices.Contains(after, s)
		}
	}
	checkMarkerKept(t, "line-up", Default(), lines, article(lines))
	// Cleaned once, without the ad's label and the link: the list
	// between the two parts is shorter than a table (see tableLines),
	// and its rows are an inset's cues.
	clean := slices.Concat(rt37Menu, head, before, list, after, rt37Foot)
	checkMarkerKept(t, "line-up, cleaned", Default(), clean, article(clean))
	// Negative: two commas make no list, nor does a sentence.
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Acoustic Barn: Jem Halloran, The Gull Street Choir, Pippa Arden, Wilf Osei", true},
		{"Acoustic Barn: Jem Halloran, The Gull Street Choir, Pippa Arden", false},
		{"It played host to Jem Halloran, the Gull Street Choir, Pippa Arden, Wilf Osei.", false},
	} {
		d := blockDoc(tc.s)
		sc := new(bodyScratch)
		sc.features(d)
		if got := commaList(&sc.stats[0]); got != tc.want {
			t.Errorf("commaList(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// rt63Turkish is a Turkish news page (red team 63) whose article's last part, under an ad and its
// notice, opens with a paragraph of few stopwords.
var rt63Turkish = []string{
	"X|İçeriğe geç",
	"X|HaberPusula",
	"X|Giriş Yap",
	"X|Abone ol",
	"X|Gündem | Ekonomi | Dünya | Spor | Magazin | Sağlık | Teknoloji | Yazarlar",
	"X|Canlı Yayın",
	"X|Dolar 34,52 ▲ Euro 36,18 ▼ Gram Altın 2.915 ▲ BIST 100 9.312 ▼",
	"X|Reklam",
	"X|Anasayfa > Ekonomi",
	"T|Asgari ücrette ilk toplantı sona erdi: İşçi tarafı yüzde 70 zam istiyor",
	"B|Asgari Ücret Tespit Komisyonu 2025 yılı için ilk kez toplandı. İşveren tarafı enflasyon hedefini işaret ederken, işçi temsilcileri \"Açlık sınırının altında ücret kabul etmeyiz\" dedi.",
	"?|Ekonomi Servisi",
	"?|23.11.2024 - 13:48",
	"X|Güncelleme: 23.11.2024 - 16:20",
	"X|Paylaş",
	"X|Yazı boyutu: A- A+",
	"X|Google Haberler'de Takip Et",
	"X|Komisyon toplantısı Ankara'da bakanlık binasında gerçekleştirildi. (Fotoğraf: Arşiv)",
	"B|Ankara'da Çalışma ve Sosyal Güvenlik Bakanlığı'nda yapılan toplantı yaklaşık üç saat sürdü. İşçi, işveren ve hükümet temsilcilerinden oluşan komisyon, 2025 yılında uygulanacak asgari ücreti aralık ayının sonuna kadar belirlemeyi hedefliyor.",
	"B|Halen net 17 bin 2 lira olan asgari ücret, yılın ikinci yarısında ara zam yapılmadığı için milyonlarca çalışan açısından enflasyon karşısında ciddi biçimde eridi.",
	"B|İşçi tarafını temsil eden konfederasyonun genel sekreteri Nurettin Aksoy, toplantı çıkışında gazetecilere açıklama yaptı.",
	"B|\"Dört kişilik bir ailenin açlık sınırı 20 bin liranın üzerine çıktı. Asgari ücretin bunun altında kalmasını kabul etmemiz mümkün değil. Talebimiz en az yüzde 70 artış,\" dedi.",
	"X|İlgili Haberler: Emekliye ocak zammı ne kadar olacak? İşte 5 aylık enflasyon farkı hesabı",
	"B|İşveren kanadı: Artış yüzde 25'i aşmamalı",
	"B|İşveren tarafı ise artışın hükümetin yıl sonu enflasyon hedefi dikkate alınarak belirlenmesi gerektiğini savunuyor. İşveren sendikası yöneticisi Selim Karadağ, yüksek bir zammın özellikle küçük ve orta ölçekli işletmeleri zora sokacağını söyledi.",
	"B|\"Emek yoğun sektörlerde maliyetin yarısından fazlası işçilik. Yüzde 25'in üzerinde bir artış, kayıt dışılığı ve işten çıkarmaları artırır,\" diye konuştu.",
	"X|Reklam",
	"B|Hükümet cephesinden ise henüz bir rakam telaffuz edilmedi. Bakanlık kaynakları, tüm tarafların uzlaşabileceği bir rakam için çalışıldığını ve belirlenecek ücretin \"enflasyonun altında kalmayacağını\" ifade etti.",
	"B|Ekonomistler, artışın yüzde 25 ile 35 arasında olmasını bekliyor.",
	"X|Haberin devamı aşağıda",
	"X|Reklam",
	"B|Sonraki toplantı 5 Aralık'ta",
	"B|Komisyonun ikinci toplantısının 5 Aralık'ta yapılması planlanıyor. Türkiye İstatistik Kurumu'nun aralık başında açıklayacağı kasım ayı enflasyon rakamı, görüşmelerde belirleyici olacak.",
	"B|Yeni asgari ücret 1 Ocak 2025'ten itibaren geçerli olacak.",
	"X|Etiketler: asgari ücret, asgari ücret zammı 2025, Asgari Ücret Tespit Komisyonu, ekonomi",
	"X|Facebook'ta Paylaş",
	"X|X'te Paylaş",
	"X|WhatsApp ile Gönder",
	"X|Linki Kopyala",
	"X|Haberi Kaydet",
	"X|İlgili Haberler",
	"X|Memur maaş zammı için geri sayım: Ocak ayında ne kadar artış olacak?",
	"X|Kira artış oranı belli oldu: Kasım ayı tavanı açıklandı",
	"X|Kredi kartı kullananlar dikkat! Yeni düzenleme yolda",
	"X|Yorumlar (312)",
	"X|Yorum yazmak için giriş yapın",
	"X|Yorumlar kullanıcıların kendi görüşleridir. Hakaret, küfür ve suç unsuru içeren yorumlar yayınlanmaz.",
	"X|Daha fazla yorum yükle",
	"X|Çok Okunanlar",
	"X|Son Dakika: İstanbul'da şiddetli yağış uyarısı! Valilik saat verdi",
	"X|Akaryakıta indirim geldi: İşte güncel benzin ve motorin fiyatları",
	"X|Künye | İletişim | Reklam | KVKK Aydınlatma Metni | Çerez Politikası | Gizlilik Sözleşmesi",
	"X|Tüm hakları saklıdır © 2024 HaberPusula. Haberlerin izinsiz kullanılması yasaktır.",
	"X|Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır.",
	"X|Kabul Et",
}

// TestGoesOnIntlRT63: an ad's notice that the article goes on below it,
// in a language other than English ("Haberin devamı aşağıda"), lets the
// run cross the ad to the article's last part, as "Story continues below"
// does (see goesOnLabel), though that part's first paragraph holds too
// few stopwords for prose.
func TestGoesOnIntlRT63(t *testing.T) {
	checkLabelledPage(t, "turkish", rt63Turkish, "Haberin devamı aşağıda")
	for _, s := range []string{"haberin devamı aşağıda", "artikeln fortsätter under annonsen", "story continues below", "הכתבה נמשכת אחרי הפרסומת"} {
		if !goesOnLabel(s) {
			t.Errorf("goesOnLabel(%q) = false", s)
		}
	}
	for _, s := range []string{"reklam", "shop now", "read more"} {
		if goesOnLabel(s) {
			t.Errorf("goesOnLabel(%q) = true", s)
		}
	}
}
