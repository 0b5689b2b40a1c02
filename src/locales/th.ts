import type { OptinStrings } from '../core/locales.js';

/**
 * Thai, polite (คุณ, no gendered particles) (th). 
 */
const strings: OptinStrings = {
  $code: "th",
  $name: "ไทย",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "ใช่ ฉันต้องการรับ{topics}จาก {business} ทาง {whatsapp} ที่หมายเลข {phone}",
  phonePlaceholder: "ที่ระบุไว้ด้านบน",
  topics: {
    order_updates: "ความคืบหน้าคำสั่งซื้อของฉัน",
    shipping_updates: "ข้อมูลการจัดส่ง",
    account_alerts: "การแจ้งเตือนบัญชีของฉัน",
    appointment_reminders: "การเตือนนัดหมายของฉัน",
    tickets: "ตั๋วอิเล็กทรอนิกส์",
    new_products: "ข่าวสินค้าใหม่",
    offers: "ข้อเสนอพิเศษ",
    support: "ข้อความจากฝ่ายบริการลูกค้า"
  },
  topicsInHeading: {
    order_updates: "ความคืบหน้าคำสั่งซื้อของคุณ",
    shipping_updates: "ข้อมูลการจัดส่ง",
    account_alerts: "การแจ้งเตือนบัญชีของคุณ",
    appointment_reminders: "การเตือนนัดหมายของคุณ",
    tickets: "ตั๋วอิเล็กทรอนิกส์ของคุณ",
    new_products: "ข่าวสินค้าใหม่",
    offers: "ข้อเสนอพิเศษ",
    support: "บริการลูกค้า"
  },
  topicsInThanks: {
    order_updates: "ความคืบหน้าคำสั่งซื้อของคุณ",
    shipping_updates: "ข้อมูลการจัดส่ง",
    account_alerts: "การแจ้งเตือนบัญชีของคุณ",
    appointment_reminders: "การเตือนนัดหมายของคุณ",
    tickets: "ตั๋วอิเล็กทรอนิกส์",
    new_products: "ข่าวสินค้าใหม่",
    offers: "ข้อเสนอพิเศษ",
    support: "ข้อความจากฝ่ายบริการลูกค้า"
  },
  topicsInList: {
    order_updates: "ความคืบหน้าคำสั่งซื้อ",
    shipping_updates: "ข้อมูลการจัดส่ง",
    account_alerts: "การแจ้งเตือนบัญชี",
    appointment_reminders: "การเตือนนัดหมาย",
    tickets: "ตั๋วอิเล็กทรอนิกส์",
    new_products: "สินค้าใหม่",
    offers: "ข้อเสนอพิเศษ",
    support: "บริการลูกค้า"
  },
  phoneLabel: "หมายเลข WhatsApp ของคุณ",
  phoneHint: "เราใช้หมายเลขนี้เพื่อส่งเฉพาะข้อความที่คุณเลือกด้านล่างเท่านั้น คุณยกเลิกได้ทุกเมื่อ",
  countryLabel: "ประเทศ",
  countryUnknown: "เลือก…",
  submit: "ลงทะเบียน",
  sending: "กำลังบันทึกตัวเลือกของคุณ…",
  thankYouTitle: "ขอบคุณ!",
  thankYouBody: "คุณจะได้รับ{topics}จาก {business} ทาง WhatsApp ที่หมายเลข {phone}",
  queued: "ติดต่อเซิร์ฟเวอร์ไม่ได้ ตัวเลือกของคุณบันทึกไว้ในอุปกรณ์นี้แล้ว และเราจะส่งอีกครั้งโดยอัตโนมัติ",
  surfaceTitle: "รับ{topics}ทาง WhatsApp",
  ctaLabel: "รับข่าวสารทาง WhatsApp",
  showForm: "ลงทะเบียน",
  close: "ปิด",
  whatsappLogo: "โลโก้ WhatsApp",
  hideForm: "ซ่อน",
  done: "เสร็จสิ้น",
  optinNotSaved: "ไม่ได้บันทึกการสมัครรับข้อความทาง WhatsApp ของคุณ เนื่องจาก{reason}",
  notSavedReasons: {
    incomplete: "หมายเลขไม่ครบ",
    tooLong: "หมายเลขยาวเกินไป",
    invalid: "หมายเลขไม่ถูกต้อง"
  },
  subscribedCta: "คุณสมัครรับ{topics}ทาง WhatsApp แล้ว",
  subscribedLine: "คุณสมัครรับ{topics}ทาง WhatsApp ที่หมายเลข {phone} แล้ว",
  stop: "ยกเลิกรับข้อความ",
  errors: {
    unticked: "ทำเครื่องหมายในช่องเพื่อยินยอมรับข้อความเหล่านี้ทาง WhatsApp",
    empty: "กรอกหมายเลข WhatsApp ของคุณ",
    noCountry: "เลือกประเทศ หรือพิมพ์หมายเลขพร้อม + และรหัสประเทศ",
    tooShort: "หมายเลขนี้สั้นเกินไป",
    tooLong: "หมายเลขนี้ยาวเกินไป",
    invalid: "หมายเลขโทรศัพท์นี้ไม่ถูกต้องสำหรับประเทศที่เลือก",
    invalidCountry: "ไม่มีรหัสประเทศนี้ โปรดตรวจสอบตัวเลขหลัง +",
    rejected: "เซิร์ฟเวอร์ไม่รับการลงทะเบียนนี้: {reason}",
    metadata: "โหลดกฎของหมายเลขโทรศัพท์ไม่ได้ โปรดพิมพ์หมายเลขพร้อม + และรหัสประเทศ",
    mirroredPhone: "หากต้องการรับข้อความเหล่านี้ทาง WhatsApp โปรดแก้ไขหมายเลขโทรศัพท์: {problem}",
    phoneOptional: "หากไม่มีหมายเลขโทรศัพท์ที่ถูกต้อง เราจะส่งข้อความเหล่านี้ให้คุณไม่ได้ ส่วนอื่นของแบบฟอร์มนี้ไม่ได้รับผลกระทบ",
    countryNotOffered: "เรารับได้เฉพาะหมายเลขจาก {countries} เท่านั้น",
    notSent: "ยังไม่ได้ส่งข้อมูล ตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง",
    notLoaded: "โหลดแบบฟอร์มสมัครรับข้อมูลไม่สำเร็จ ตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง"
  }
};

export default strings;
