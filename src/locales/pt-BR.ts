import type { OptinStrings } from '../core/locales.js';

/**
 * Brazilian Portuguese, você (pt-BR). 
 */
const strings: OptinStrings = {
  $code: "pt-BR",
  $name: "Português (Brasil)",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "Sim, quero receber {topics} de {business} pelo {whatsapp} no número {phone}.",
  phonePlaceholder: "informado acima",
  topics: {
    order_updates: "atualizações dos meus pedidos",
    shipping_updates: "avisos de entrega",
    account_alerts: "alertas da minha conta",
    appointment_reminders: "lembretes dos meus agendamentos",
    tickets: "bilhetes digitais",
    new_products: "novidades de produtos",
    offers: "ofertas especiais",
    support: "mensagens de atendimento"
  },
  topicsInHeading: {
    order_updates: "atualizações dos seus pedidos",
    shipping_updates: "avisos de entrega",
    account_alerts: "alertas da sua conta",
    appointment_reminders: "lembretes dos seus agendamentos",
    tickets: "seus bilhetes digitais",
    new_products: "novidades de produtos",
    offers: "ofertas especiais",
    support: "atendimento ao cliente"
  },
  topicsInThanks: {
    order_updates: "atualizações dos seus pedidos",
    shipping_updates: "avisos de entrega",
    account_alerts: "alertas da sua conta",
    appointment_reminders: "lembretes dos seus agendamentos",
    tickets: "bilhetes digitais",
    new_products: "novidades de produtos",
    offers: "ofertas especiais",
    support: "mensagens de atendimento"
  },
  topicsInList: {
    order_updates: "Atualizações de pedidos",
    shipping_updates: "Avisos de entrega",
    account_alerts: "Alertas da conta",
    appointment_reminders: "Lembretes de agendamento",
    tickets: "Bilhetes digitais",
    new_products: "Novos produtos",
    offers: "Ofertas especiais",
    support: "Atendimento ao cliente"
  },
  phoneLabel: "Seu número de WhatsApp",
  phoneHint: "Usamos apenas para enviar as mensagens que você escolher abaixo. Você pode cancelar quando quiser.",
  countryLabel: "País",
  countryUnknown: "Escolha…",
  submit: "Cadastrar",
  sending: "Salvando sua escolha…",
  thankYouTitle: "Obrigado!",
  thankYouBody: "Você vai receber {topics} de {business} pelo WhatsApp no número {phone}.",
  queued: "Não conseguimos falar com o servidor. Sua escolha está salva neste aparelho e será enviada de novo automaticamente.",
  surfaceTitle: "Receba {topics} no WhatsApp",
  ctaLabel: "Receba novidades no WhatsApp",
  showForm: "Cadastrar",
  close: "Fechar",
  whatsappLogo: "Logotipo do WhatsApp",
  hideForm: "Ocultar",
  done: "Pronto",
  optinNotSaved: "Seu cadastro no WhatsApp não foi salvo: {reason}.",
  notSavedReasons: {
    incomplete: "o número está incompleto",
    tooLong: "o número é longo demais",
    invalid: "o número não é válido"
  },
  subscribedCta: "Você recebe {topics} no WhatsApp",
  subscribedLine: "Você recebe {topics} no WhatsApp em {phone}",
  stop: "Cancelar",
  errors: {
    unticked: "Marque a caixa para aceitar receber estas mensagens no WhatsApp.",
    empty: "Digite seu número de WhatsApp.",
    noCountry: "Escolha seu país ou digite o número com + e o código do país.",
    tooShort: "Este número é curto demais.",
    tooLong: "Este número é longo demais.",
    invalid: "Este número não é válido para o país escolhido.",
    invalidCountry: "Esse código de país não existe. Confira os dígitos depois do +.",
    rejected: "O servidor não aceitou o cadastro: {reason}",
    metadata: "Não foi possível carregar as regras de números. Digite o número com + e o código do país.",
    mirroredPhone: "Para receber estas mensagens no WhatsApp, corrija o número de telefone: {problem}",
    phoneOptional: "Sem um número válido não podemos enviar estas mensagens. O resto do formulário não muda.",
    countryNotOffered: "Só podemos aceitar números de {countries}.",
    notSent: "Nada foi enviado. Verifique sua conexão e tente novamente.",
    notLoaded: "Não foi possível carregar o formulário de inscrição. Verifique sua conexão e tente novamente."
  }
};

export default strings;
