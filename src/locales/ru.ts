import type { OptinStrings } from '../core/locales.js';

/**
 * Russian, formal (вы) (ru). 
 */
const strings: OptinStrings = {
  $code: "ru",
  $name: "Русский",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "Да, я хочу получать {topics} от {business} в {whatsapp} на {phone}.",
  phonePlaceholder: "указанный выше номер",
  topics: {
    order_updates: "новости о моих заказах",
    shipping_updates: "уведомления о доставке",
    account_alerts: "оповещения по моему аккаунту",
    appointment_reminders: "напоминания о записи",
    tickets: "электронные билеты",
    new_products: "новости о товарах",
    offers: "специальные предложения",
    support: "сообщения службы поддержки"
  },
  topicsInHeading: {
    order_updates: "новости о ваших заказах",
    shipping_updates: "уведомления о доставке",
    account_alerts: "оповещения по аккаунту",
    appointment_reminders: "напоминания о записи",
    tickets: "электронные билеты",
    new_products: "новости о товарах",
    offers: "специальные предложения",
    support: "поддержку клиентов"
  },
  topicsInThanks: {
    order_updates: "новости о ваших заказах",
    shipping_updates: "уведомления о доставке",
    account_alerts: "оповещения по вашему аккаунту",
    appointment_reminders: "напоминания о записи",
    tickets: "электронные билеты",
    new_products: "новости о товарах",
    offers: "специальные предложения",
    support: "сообщения службы поддержки"
  },
  topicsInList: {
    order_updates: "Новости о заказах",
    shipping_updates: "Уведомления о доставке",
    account_alerts: "Оповещения по аккаунту",
    appointment_reminders: "Напоминания о записи",
    tickets: "Электронные билеты",
    new_products: "Новые товары",
    offers: "Специальные предложения",
    support: "Служба поддержки"
  },
  phoneLabel: "Ваш номер WhatsApp",
  phoneHint: "Мы используем его только для сообщений, которые вы выберете ниже. Отказаться можно в любой момент.",
  countryLabel: "Страна",
  countryUnknown: "Выберите…",
  submit: "Подписаться",
  sending: "Сохраняем ваш выбор…",
  thankYouTitle: "Спасибо!",
  thankYouBody: "Вы будете получать {topics} от {business} в WhatsApp на {phone}.",
  queued: "Не удалось связаться с сервером. Ваш выбор сохранён на этом устройстве и будет отправлен повторно автоматически.",
  surfaceTitle: "Получайте {topics} в WhatsApp",
  ctaLabel: "Получайте новости в WhatsApp",
  showForm: "Подписаться",
  close: "Закрыть",
  whatsappLogo: "Логотип WhatsApp",
  hideForm: "Скрыть",
  done: "Готово",
  optinNotSaved: "Ваша подписка на WhatsApp не сохранена: {reason}.",
  notSavedReasons: {
    incomplete: "номер неполный",
    tooLong: "номер слишком длинный",
    invalid: "номер недействителен"
  },
  subscribedCta: "Вы получаете {topics} в WhatsApp",
  subscribedLine: "Вы получаете {topics} в WhatsApp на номер {phone}",
  stop: "Отписаться",
  errors: {
    unticked: "Отметьте флажок, чтобы согласиться получать эти сообщения в WhatsApp.",
    empty: "Введите ваш номер WhatsApp.",
    noCountry: "Выберите страну или введите номер с + и кодом страны.",
    tooShort: "Этот номер слишком короткий.",
    tooLong: "Этот номер слишком длинный.",
    invalid: "Этот номер телефона недействителен для выбранной страны.",
    invalidCountry: "Такого кода страны не существует. Проверьте цифры после +.",
    rejected: "Сервер не принял подписку: {reason}",
    metadata: "Не удалось загрузить правила номеров телефонов. Введите номер с + и кодом страны.",
    mirroredPhone: "Чтобы получать эти сообщения в WhatsApp, исправьте номер телефона: {problem}",
    phoneOptional: "Без действительного номера телефона мы не сможем отправлять вам эти сообщения. На остальную часть формы это не влияет.",
    countryNotOffered: "Мы принимаем номера только из этих стран: {countries}.",
    notSent: "Ничего не отправлено. Проверьте подключение и попробуйте ещё раз.",
    notLoaded: "Не удалось загрузить форму подписки. Проверьте подключение и попробуйте ещё раз."
  }
};

export default strings;
