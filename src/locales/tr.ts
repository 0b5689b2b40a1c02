import type { OptinStrings } from '../core/locales.js';

/**
 * Turkish, formal (siz); subject–object–verb: the number, WhatsApp and the business first, the topics, the verb last (tr). 
 */
const strings: OptinStrings = {
  $code: "tr",
  $name: "Türkçe",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "Evet, {business} tarafından {whatsapp} üzerinden {phone} numarasına {topics} gönderilmesini istiyorum.",
  phonePlaceholder: "yukarıda girdiğim telefon",
  topics: {
    order_updates: "siparişlerimle ilgili güncellemeler",
    shipping_updates: "kargo bildirimleri",
    account_alerts: "hesap uyarıları",
    appointment_reminders: "randevu hatırlatmaları",
    tickets: "e-biletler",
    new_products: "yeni ürün haberleri",
    offers: "özel fırsatlar",
    support: "müşteri hizmetleri mesajları"
  },
  topicsInHeading: {
    order_updates: "siparişlerinizle ilgili güncellemeleri",
    shipping_updates: "kargo bildirimlerini",
    account_alerts: "hesap uyarılarını",
    appointment_reminders: "randevu hatırlatmalarını",
    tickets: "e-biletlerinizi",
    new_products: "yeni ürün haberlerini",
    offers: "özel fırsatları",
    support: "müşteri hizmetleri mesajlarını"
  },
  topicsInThanks: {
    order_updates: "siparişlerinizle ilgili güncellemeleri",
    shipping_updates: "kargo bildirimlerini",
    account_alerts: "hesap uyarılarını",
    appointment_reminders: "randevu hatırlatmalarını",
    tickets: "e-biletleri",
    new_products: "yeni ürün haberlerini",
    offers: "özel fırsatları",
    support: "müşteri hizmetleri mesajlarını"
  },
  topicsInList: {
    order_updates: "Sipariş güncellemeleri",
    shipping_updates: "Kargo bildirimleri",
    account_alerts: "Hesap uyarıları",
    appointment_reminders: "Randevu hatırlatmaları",
    tickets: "E-biletler",
    new_products: "Yeni ürünler",
    offers: "Özel fırsatlar",
    support: "Müşteri hizmetleri"
  },
  phoneLabel: "WhatsApp numaranız",
  phoneHint: "Numaranızı yalnızca aşağıda seçtiğiniz mesajları göndermek için kullanırız. İstediğiniz zaman durdurabilirsiniz.",
  countryLabel: "Ülke",
  countryUnknown: "Seçin…",
  submit: "Kaydol",
  sending: "Seçiminiz kaydediliyor…",
  thankYouTitle: "Teşekkürler!",
  thankYouBody: "{business}, WhatsApp üzerinden {phone} numarasına {topics} gönderecek.",
  queued: "Sunucuya ulaşılamadı. Seçiminiz bu cihazda kayıtlı ve otomatik olarak yeniden gönderilecek.",
  surfaceTitle: "{topics} WhatsApp’tan alın",
  ctaLabel: "Güncellemeleri WhatsApp’tan alın",
  showForm: "Kaydol",
  close: "Kapat",
  whatsappLogo: "WhatsApp logosu",
  hideForm: "Gizle",
  done: "Tamam",
  optinNotSaved: "WhatsApp aboneliğiniz kaydedilmedi: {reason}.",
  notSavedReasons: {
    incomplete: "numara eksik",
    tooLong: "numara çok uzun",
    invalid: "numara geçerli değil"
  },
  subscribedCta: "{topics} WhatsApp’tan alıyorsunuz",
  subscribedLine: "{topics} WhatsApp’tan {phone} numarasında alıyorsunuz",
  stop: "Abonelikten çık",
  errors: {
    unticked: "Bu mesajları WhatsApp’tan almayı kabul etmek için kutuyu işaretleyin.",
    empty: "WhatsApp numaranızı girin.",
    noCountry: "Ülkenizi seçin veya numarayı + ve ülke koduyla yazın.",
    tooShort: "Bu numara çok kısa.",
    tooLong: "Bu numara çok uzun.",
    invalid: "Bu numara seçilen ülke için geçerli bir telefon numarası değil.",
    invalidCountry: "Bu ülke kodu yok. + işaretinden sonraki rakamları kontrol edin.",
    rejected: "Sunucu bu kaydı kabul etmedi: {reason}",
    metadata: "Telefon numarası kuralları yüklenemedi. Numaranızı + ve ülke koduyla yazın.",
    mirroredPhone: "Bu mesajları WhatsApp’tan almak için telefon numarasını düzeltin: {problem}",
    phoneOptional: "Geçerli bir telefon numarası olmadan bu mesajları size gönderemeyiz. Formun geri kalanı bundan etkilenmez.",
    countryNotOffered: "Yalnızca şu ülkelerden numara kabul edebiliyoruz: {countries}.",
    notSent: "Hiçbir şey gönderilmedi. Bağlantınızı kontrol edip tekrar deneyin.",
    notLoaded: "Kayıt formu yüklenemedi. Bağlantınızı kontrol edip tekrar deneyin."
  }
};

export default strings;
