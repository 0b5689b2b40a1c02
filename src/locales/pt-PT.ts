import type { OptinStrings } from '../core/locales.js';

/**
 * European Portuguese, formal (third person, no "tu") (pt-PT). 
 */
const strings: OptinStrings = {
  $code: "pt-PT",
  $name: "Português (Portugal)",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "Sim, quero receber {topics} de {business} através do {whatsapp}, no número {phone}.",
  phonePlaceholder: "indicado acima",
  topics: {
    order_updates: "atualizações das minhas encomendas",
    shipping_updates: "avisos de envio",
    account_alerts: "alertas da minha conta",
    appointment_reminders: "lembretes das minhas marcações",
    tickets: "bilhetes eletrónicos",
    new_products: "novidades de produtos",
    offers: "ofertas especiais",
    support: "mensagens do apoio ao cliente"
  },
  topicsInHeading: {
    order_updates: "atualizações das suas encomendas",
    shipping_updates: "avisos de envio",
    account_alerts: "alertas da sua conta",
    appointment_reminders: "lembretes das suas marcações",
    tickets: "os seus bilhetes eletrónicos",
    new_products: "novidades de produtos",
    offers: "ofertas especiais",
    support: "apoio ao cliente"
  },
  topicsInThanks: {
    order_updates: "atualizações das suas encomendas",
    shipping_updates: "avisos de envio",
    account_alerts: "alertas da sua conta",
    appointment_reminders: "lembretes das suas marcações",
    tickets: "bilhetes eletrónicos",
    new_products: "novidades de produtos",
    offers: "ofertas especiais",
    support: "mensagens do apoio ao cliente"
  },
  topicsInList: {
    order_updates: "Atualizações de encomendas",
    shipping_updates: "Avisos de envio",
    account_alerts: "Alertas da conta",
    appointment_reminders: "Lembretes de marcações",
    tickets: "Bilhetes eletrónicos",
    new_products: "Novos produtos",
    offers: "Ofertas especiais",
    support: "Apoio ao cliente"
  },
  phoneLabel: "O seu número de WhatsApp",
  phoneHint: "Só o usamos para lhe enviar as mensagens que escolher abaixo. Pode cancelar a qualquer momento.",
  countryLabel: "País",
  countryUnknown: "Escolha…",
  submit: "Subscrever",
  sending: "A guardar a sua escolha…",
  thankYouTitle: "Obrigado!",
  thankYouBody: "Vai receber {topics} de {business} através do WhatsApp, no número {phone}.",
  queued: "Não foi possível contactar o servidor. A sua escolha ficou guardada neste dispositivo e será enviada novamente de forma automática.",
  surfaceTitle: "Receba {topics} no WhatsApp",
  ctaLabel: "Receba novidades no WhatsApp",
  showForm: "Subscrever",
  close: "Fechar",
  whatsappLogo: "Logótipo do WhatsApp",
  hideForm: "Ocultar",
  done: "Concluído",
  optinNotSaved: "A sua subscrição no WhatsApp não foi guardada: {reason}.",
  notSavedReasons: {
    incomplete: "o número está incompleto",
    tooLong: "o número é demasiado longo",
    invalid: "o número não é válido"
  },
  subscribedCta: "Recebe {topics} no WhatsApp",
  subscribedLine: "Recebe {topics} no WhatsApp no {phone}",
  stop: "Cancelar",
  errors: {
    unticked: "Assinale a caixa para aceitar receber estas mensagens no WhatsApp.",
    empty: "Introduza o seu número de WhatsApp.",
    noCountry: "Escolha o seu país ou escreva o número com + e o indicativo do país.",
    tooShort: "Este número é demasiado curto.",
    tooLong: "Este número é demasiado longo.",
    invalid: "Este número não é válido para o país escolhido.",
    invalidCountry: "Este indicativo de país não existe. Verifique os algarismos a seguir ao +.",
    rejected: "O servidor não aceitou a subscrição: {reason}",
    metadata: "Não foi possível carregar as regras dos números. Escreva o número com + e o indicativo do país.",
    mirroredPhone: "Para receber estas mensagens no WhatsApp, corrija o número de telefone: {problem}",
    phoneOptional: "Sem um número válido não lhe podemos enviar estas mensagens. O resto deste formulário não é afetado.",
    countryNotOffered: "Só podemos aceitar números de {countries}.",
    notSent: "Nada foi enviado. Verifique a sua ligação e tente novamente.",
    notLoaded: "Não foi possível carregar o formulário de inscrição. Verifique a sua ligação e tente novamente."
  }
};

export default strings;
