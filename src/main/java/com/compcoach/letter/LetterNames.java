package com.compcoach.letter;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the names a letter gives: the job title, its level, the work location and the company. A name is the run
 * of capitalised words after its cue ("the position of", "based in our", "Location:"), so it stops where the
 * sentence goes on in lower case.
 */
final class LetterNames {

  /** Legal forms that end a company's name. */
  private static final Set<String> CLOSING_FORMS = LegalForms.closing();
  private static final Set<String> JOINERS = Set.of("of", "and", "&", "for", "de", "la", "le", "am", "upon", "on",
      "-", "/", "du", "del", "der", "sur", "en");
  // A letter's defined terms for its employer ("the Firm", "the Company") name no one.
  private static final Set<String> NOT_NAMES = Set.of("The", "Our", "Your", "This", "We", "You", "A", "An", "Company",
      "Firm", "Partnership", "Organization", "Organisation",
      "Office", "Offices", "Employer", "Please", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday");

  private static final Pattern TITLE_LABEL = Pattern.compile(
      "^(?:(?:job|business|position|official|working|corporate|role)\\s+title|position|title|role|job|designation|"
          // "Offer of employment: Senior Actuarial Analyst", "Re: Offer of employment – Senior Analyst (Backend)": a
          // heading names the post after its colon or dash ("OFFER OF EMPLOYMENT — CONFIDENTIAL", in capitals, no).
          // Portuguese and Spanish forms' "Cargo: Engenheiro de Dados Sênior", "Puesto: Gerente de Producto".
          + "functie|post|cargo|puesto|função|(?:re:\\s*)?(?:offer\\s+of\\s+employment|employment\\s+offer)(?=\\s*(?::|[-–—])\\s*(?-i:\\p{Lu}(?=[^\\d:]*\\p{Ll}))[^\\d:]{2,60}$))"
          + "\\s*(?::|\\||(?<=\\s)[-–—](?=\\s))\\s*(.+)$",
      Pattern.CASE_INSENSITIVE);
  /** US states' and Canadian provinces' postal codes, as a place's last part after its city ("Pittsburgh, PA"). */
  private static final String STATE_CODE = "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|"
      + "MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|AB|BC|MB|NB|NL|NS|ON|PE|QC|SK)";
  /**
   * "Backend Engineer II, Atlanta (hybrid)": a title label's value that ends in the place and how it is worked;
   * "Data Engineer, Pittsburgh, PA": one that ends in a city and its state's code ("Analyst, Tax" keeps its area).
   */
  private static final Pattern TITLE_THEN_PLACE = Pattern.compile(
      "^(.+?),\\s+(\\p{Lu}[\\p{L}.'-]+(?:[ ,]+\\p{Lu}[\\p{L}.'-]+){0,2})\\s*(?:\\((?i:hybrid|remote|on-?site|in[- ]office|"
          + "in[- ]person)[^)]*\\)|(?<=\\p{L},\\s?" + STATE_CODE + ")\\.?\\s*$)");
  /** A team, office or site named by capitalised words: "Austin team", "New York office". */
  private static final String TEAM_NAMED = "(?:\\p{Lu}[\\p{L}.&-]*\\s+){1,3}(?i:team|office|group|site|department|division)";
  private static final Pattern TITLE_PROSE = Pattern.compile(
      // "a permanent position (tillsvidareanställning) as Product Designer": the contract's kind in brackets between;
      // German "die Position als Senior Backend-Entwickler".
      // "an internship as Summer 2027 begins, in the role of Machine Learning Intern": an "as" that opens a clause (its
      // words then "begins," "starts." …) or that a later "in the role of" names again gives no title; that one does.
      "\\b(?i:position|postion|positon|role|post|job|assignment|stelle|internship|apprenticeship|fellowship)(?:\\s*\\([^()]{1,30}\\))?\\s+"
          + "(?:(?i:of)|(?i:as|als)(?![^.;]*?\\b(?i:in\\s+the\\s+(?:role|position|capacity)\\s+of)\\s)"
          + "(?!\\s+[^.;,]{1,40}?\\s(?i:begins|starts|ends|commences|gets\\s+under\\s?way|kicks\\s+off)\\s*[,.;]))"
          + "\\s+(?i:an?\\s+|our\\s+|the\\s+)?[\"“‘']?(?=[A-Z])"
          // "would like to engage you as a Senior Backend Developer": a contractor's or an EOR's engagement.
          + "|\\b(?i:engage|hire|employ)\\s+you\\s+as\\s+(?:an?\\s+|our\\s+|the\\s+)?(?=[A-Z])"
          // A contract's "You are employed as Senior Platform Engineer", "you will be employed as a …".
          + "|\\b(?i:(?:are|be|is)\\s+employed)\\s+as\\s+(?:an?\\s+|our\\s+|the\\s+)?(?=[A-Z])"
          // A consulting agreement's "Consultant will serve as a Data Engineering Consultant".
          + "|\\b(?i:will\\s+serve|to\\s+serve)\\s+as\\s+(?:an?\\s+|our\\s+|the\\s+)?(?=[A-Z])"
          // "would love to have you as our first Product Designer", "to welcome you as our new Head of Data".
          + "|\\b(?i:have|welcome)\\s+you\\s+(?i:on\\s+board\\s+)?as\\s+(?i:an?\\s+|the\\s+|our\\s+(?:(?:first|founding|new)\\s+)?)?(?=[A-Z])"
          // "continued employment with Fernhill following the closing of the transaction (the "Closing Date") as …": a
          // defined term in brackets is no part of the way to the title.
          + "|\\b(?:(?i:employment|engagement)\\s+(?:with|at)|(?i:welcome\\s+you\\s+to|join)(?=\\s+\\p{Lu}))\\s+(?:[^.;()]|(?<=Inc|Ltd|Co|Corp|Pvt|Pte|LLC|\\b\\p{Lu})\\.){2,60}?"
          + "(?:\\s*\\((?i:the\\s+)?[\"“][^\"”()]{1,30}[\"”]\\))?\\s+as\\s+"
          + "(?:an?\\s+|our\\s+|the\\s+)?(?=[A-Z])"
          // "your promotion to Staff Software Engineer", "… from Senior Software Engineer to Staff Software Engineer",
          // "Your title will remain Senior Data Engineer".
          // "your promotion from the Denver team to the Austin team as Senior Analyst": the team is no title.
          + "|\\b(?i:promot(?:ion|ed)(?:\\s+from\\s+[^.;]{3,60}?)?\\s+to)\\s+(?:the\\s+" + TEAM_NAMED + "\\s+as\\s+)?"
          + "(?:the\\s+(?:role|position)\\s+of\\s+)?(?:an?\\s+|the\\s+)?(?!" + TEAM_NAMED + "\\b)(?=[A-Z])"
          + "|\\b(?i:title\\s+(?:will\\s+(?:remain|be|become|change\\s+to)|remains|becomes|is|of))\\s+(?:an?\\s+)?(?=[A-Z])"
          // "Die Arbeitnehmerin wird als Senior Data Engineer … eingestellt", "Tätigkeit als …".
          + "|\\b(?:wird|werden|Tätigkeit|Einstellung|eingestellt|beschäftigt|Funktion)\\s+als\\s+(?=\\p{Lu})"
          // "a posição de Engenheira de Dados Sênior", "el puesto de Ingeniera de Datos".
          + "|\\b(?i:posição|cargo|função|vaga|puesto|posición)\\s+de\\s+(?=\\p{Lu})"
          + "|\\b(?i:in\\s+qualità\\s+di|nel\\s+ruolo\\s+di|ruolo\\s+di)\\s+(?=\\p{Lu})"
          + "|\\b(?i:functie|positie)\\s+(?i:van|als)\\s+(?=\\p{Lu})"
          // A point inside a company's name is no sentence end: "join Wisła Labs sp. z o.o. as a …".
          + "|\\b(?i:employment|engagement|join(?:ing)?\\s+(?:[^.;:]|(?<=Inc|Ltd|Co|Corp|Pvt|Pte|LLC)\\.|\\.(?=\\s?\\p{Ll})){1,60}?|"
          // "I'd love for you to join as a Senior BI Developer": "as" right after "join".
          + "join(?:ing)?|"
          + "hire\\s+you|offer\\s+you\\s+(?:employment\\s+)?|appoint\\s+you)"
          + "\\s+as\\s+(?:an?\\s+|our\\s+(?:next\\s+|new\\s+|first\\s+)?|the\\s+|your\\s+)?[\"“‘']?(?=[A-Z])"
          // "We are pleased to offer you the appointment of Engineering Manager (Grade M2)", as Singapore letters write it.
          + "|\\bappointment\\s+(?:as|of)\\s+(?:an?\\s+|our\\s+)?(?=[A-Z])"
          // "a permanent contract (CDI) as Product Data Analyst at Orvanne SAS".
          + "|\\b(?i:contract|contrat)(?:\\s*\\([^)]{1,12}\\))?\\s+as\\s+(?:an?\\s+|our\\s+|the\\s+)?(?=[A-Z])");
  private static final Pattern TITLE_ROLE = Pattern.compile(
      // "the Associate, Tax role": a comma between a title and its practice area.
      "\\b(?:for|as|in|you)\\s+(?:the|a|an|our)\\s+(?=[A-Z][\\w/&-]*(?:,?\\s+(?:[A-Z][\\w/&-]*|of|and|&)){0,6}\\s+"
          // "the QA Automation Engineer contract-to-hire position": the kind of engagement between title and word.
          + "(?:(?:contract-to-hire|contract|full-time|part-time|permanent|temporary|fixed-term|hybrid|remote|on-?site|"
          + "exempt|salaried)\\s+){0,2}"
          // "the Senior Data Engineer (Remote, US) role": where and how it is worked, between title and word.
          + "(?:\\([^()]{1,30}\\)\\s+)?(?:role|position|job)\\b)");
  /**
   * Remote from the start, not later or maybe: "(remote eligible after 90 days)", "(remote possible after probation)"
   * is where the role may be worked one day; the office the sentence names is where it is.
   */
  private static final String REMOTE_NOW = "(?![^()]{0,30}?\\b(?i:eligib\\w*|after|possible|option(?:al)?|may|available|"
      + "later|once|following|upon|subject)\\b)";
  /** "(Remote, US)", "(remote - Canada)" right after a title: a remote role and the country it is open in. */
  private static final Pattern REMOTE_AFTER_TITLE = Pattern.compile("\\s*\\(((?i:remote)\\b" + REMOTE_NOW + "[^()]{0,30})\\)"
      // "Founding Backend Engineer at Lumen Orbit, Inc. (remote within the US)": after the employer the title names.
      // "the Senior Backend Engineer role at Finchly (remote, US)": the role's word between.
      + "|(?:\\s+(?:role|position|job))?\\s+(?:at|with)\\s+\\p{Lu}[^()]{1,60}?\\s*\\(((?i:remote)\\b" + REMOTE_NOW
      + "[^()]{0,30})\\)");
  /** The US federal pay plans a grade starts with ("GS-0601-13", the FAA's "FV-2210-I"). */
  private static final String PAY_PLANS = "(?:GS|GG|GL|WG|WL|WS|NH|ND|NT|AD|VM|VN|ES|FS|FP|FO|FV|FG|SV)-\\d";
  /** A US federal pay plan and grade after a title: "Health Data Scientist, GS-0601-13, Step 1". */
  private static final Pattern FEDERAL_GRADE = Pattern.compile(",\\s+" + PAY_PLANS + ".*$"
      // "Staff Software Engineer, Level E6": the level after a comma is the level's, no part of the title.
      + "|,\\s+(?:Level|Grade|Band|LEVEL|GRADE|BAND)\\s+[A-Z]{0,4}[- ]?\\d{1,2}[A-Za-z]?$");
  /** "IT Specialist (Data Management), FV-2210-I": a federal title's specialty in brackets before its grade. */
  private static final Pattern SPECIALTY_THEN_GRADE = Pattern.compile(
      "\\s*(\\((?!(?i:remote|hybrid|m/f/d|f/m/d|m/w/d))\\p{Lu}[\\p{L}&/ -]{1,40}\\)),\\s+" + PAY_PLANS);
  /**
   * "Senior Analyst (Backend)", "Staff Engineer (Platform Reliability)": the team or specialty in brackets is part of the
   * title; a level, a code in capitals, where or how the role is worked, or the contract's kind is not.
   */
  private static final Pattern SPECIALTY = Pattern.compile(
      "\\s*(\\((?!(?i:remote|hybrid|on-?site|in[- ]office|m/f/d|f/m/d|m/w/d|w/m/d|full|part|contract|permanent|temporary|"
          + "fixed|interim|level|grade|band|step|rank|nights?|days?|evenings?|weekends?|overnight|rotating|contractor|consultant|"
          // "(London Office)", "(Austin site)": where it is worked, which the location says.
          + "[\\p{L} ]{0,30}\\b(?:office|site|campus|hq|headquarters|branch|location)\\b|the|a|an)\\b)\\p{Lu}(?=[\\p{L}&/ -]*\\p{Ll})[\\p{L}&/ -]{1,40}\\))");
  /** "Our", "the Company's" before the place a label names: whose office it is, no part of the place. */
  private static final Pattern OWN_OFFICE = Pattern.compile("^(?i:our|your|the\\s+company['’]s)\\s+(?=\\p{Lu})"
      // "the Leeds office", never "The Hague" or "The Woodlands, Texas": "the" only before the office's noun.
      + "|^(?i:the)\\s+(?=\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*\\s+(?i:office|offices|site|campus|building"
      + "|headquarters|hq|branch|studio|plant|hub|centre|center)\\b)");
  private static final Pattern LOCATION_LABEL = Pattern.compile(
      "^(?:work\\s+)?(?:location|place\\s+of\\s+work|work\\s+site|office|based|arbeitsort|dienstort|einsatzort|"
          // Portuguese and Spanish forms' "Local: São Paulo - SP", "Lugar: Monterrey", "Ubicación: …".
          + "local\\s+de\\s+trabalho|lugar\\s+de\\s+trabajo|sede\\s+di\\s+lavoro|luogo\\s+di\\s+lavoro|local|lugar|ubicación|"
          + "standplaats|werklocatie)\\s*"
          + "(?::|\\||(?<=\\s)[-–—](?=\\s))\\s*(.+)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LOCATION_PROSE = Pattern.compile(
      "\\b(?i:place\\s+of\\s+work|work\\s+location|location)\\s+(?:is|will\\s+be)\\s+(?:(?:our|the)\\s+"
          // "Your place of work will be our head office at Lysaker": the place after the office's words.
          + "(?:(?:head|main|registered|central)\\s+)?(?:office|offices|headquarters|site|campus|premises)\\s+(?:at|in)\\s+"
          + "|our\\s+|the\\s+)?(?=[A-Z])"
          + "|\\b(?i:arbeitsort|dienstort|einsatzort)\\s+ist\\s+(?:der\\s+|die\\s+)?(?=\\p{Lu})"
          // "con lugar de trabajo en nuestras oficinas de la Ciudad de México": the city after the offices' words.
          + "|\\b(?i:local\\s+de\\s+trabalho|lugar\\s+de\\s+trabajo)\\s+(?:em|en|no|na)\\s+"
          + "(?i:(?:nuestras?|nossos?|nossas?|las|los|os|as)\\s+(?:oficinas?|escritórios?|instalações|instalaciones)\\s+"
          + "(?:de|en|em|no|na)\\s+(?:la\\s+|el\\s+)?)?(?=\\p{Lu})"
          + "|\\b(?i:con\\s+sede\\s+en|con\\s+base\\s+en|ubicad[oa]\\s+en|sediad[oa]\\s+em|baseado\\s+em|baseada\\s+em|"
          + "oficina\\s+de|escritório\\s+de)\\s+"
          // "con sede en nuestras oficinas de Ciudad de México".
          + "(?i:(?:nuestras?|nossos?|nossas?)\\s+(?:oficinas?|escritórios?|instalaciones)\\s+(?:de|en|em)\\s+(?:la\\s+|el\\s+)?)?"
          + "(?=\\p{Lu})"
          // "an unserem Standort Hamburg", "am Standort München".
          + "|\\b(?i:an\\s+unserem\\s+standort|am\\s+standort)\\s+(?=\\p{Lu})"
          + "|\\b(?i:sede\\s+di\\s+lavoro|luogo\\s+di\\s+lavoro)\\s+(?:a|ad|in|è|:)\\s+(?=\\p{Lu})"
          // "Votre lieu de travail sera situé dans nos locaux de Lyon", "dans nos bureaux à Nantes".
          // "au sein de notre bureau de Montréal".
          + "|\\b(?i:lieu\\s+de\\s+travail\\s+(?:sera|est)\\s+(?:situé\\s+|fixé\\s+)?(?:à|au|en)\\s+|(?:nos|notre)\\s+"
          + "(?:locaux|bureaux|bureau)\\s+(?:de|à|d['’])\\s*)(?=\\p{Lu})"
          + "|\\b(?i:based|located|work|working|situated|headquartered)\\s+(?:in|at|out\\s+of|from)\\s+(?:our\\s+|the\\s+)?"
          + "(?:offices?\\s+(?:in|at)\\s+)?(?=[A-Z])|\\b(?:our|the)\\s+(?!R&D\\b)(?=\\p{Lu}[\\p{L}\\d-]*(?:,?\\s+\\p{Lu}[\\p{L}\\d-]*)*\\s+"
          // "our Austin, Texas design center": what the site does may stand before its noun.
          // "our Groveport, OH distribution center", "our Reno fulfillment center", "our Tempe contact centre".
          + "(?:(?:design|engineering|research|development|technology|innovation|operations|delivery|R&D|distribution|"
          + "fulfil(?:l)?ment|manufacturing|logistics|production|service|support|contact|call|data|sorting|processing)\\s+)?"
          + "(?:office|site|campus|studio|headquarters|hub|branch|facility|plant|centre|center|clinic|hospital|store|"
          + "warehouse|lab|laboratory)\\b)"

          + "|\\boffices?\\s+in\\s+(?=[A-Z])"
          // "with Gent as your place of work": the place before the words that name it.
          + "|\\b(?:with|and)\\s+(?=\\p{Lu}[\\p{L}.-]*(?:,?\\s+\\p{Lu}[\\p{L}.-]*){0,2}\\s+as\\s+(?:your|the)\\s+"
          + "(?:place\\s+of\\s+(?:work|employment)|work\\s+location|(?:regular\\s+|usual\\s+)?work\\s?place)\\b)"
          // "on the Payments team in Seattle, WA": a team or group said to be in a place.
          + "|\\b(?:team|group|department|organi[sz]ation)\\s+in\\s+(?:the\\s+)?(?=[A-Z])"
          + "|\\b(?:AG|GmbH|Ltd|plc|LLC|Limited|SA|SE|Inc\\.|Corp\\.|B\\.V\\.)\\s+in\\s+(?=[A-Z])");
  /** "Remote (Austin, TX preferred)": a remote role's home city, which names the region ("Remote (United States)" no). */
  private static final Pattern REMOTE_CITY = Pattern.compile(
      "(?i:remote)\\s*\\((\\p{Lu}[\\p{L}. ]*,\\s*\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)"
          + "(?:\\s+(?i:preferred|area|based|metro))?\\)");
  /**
   * "Remote (US)", "Remote (European Union)": remote within an area, which says where the pay is set; never "Remote
   * (Full time)".
   */
  private static final Pattern REMOTE_AREA = Pattern.compile("((?i:remote))\\s*\\((\\p{Lu}{2,4}|United\\s+\\p{Lu}\\p{L}+"
      + "|European\\s+Union|Europe|Canada|Mexico|India|Germany|France|Spain|Ireland|Australia|Brazil|Japan|Singapore"
      + "|Netherlands|Poland|Portugal|Italy|Sweden|Switzerland|Latin\\s+America)\\)");
  private static final Pattern OFFICE_IN = Pattern.compile(
      "\\s+(?i:office|offices|campus|site|hub|building|studio|center|centre)\\s*,?\\s+(?:in|,)\\s+(?=\\p{Lu})");
  private static final Pattern LEVEL = Pattern.compile(
      "(?:\\b(?:[Ll]evel|[Gg]rade|[Bb]and|LEVEL|GRADE|[Rr]ank|[Kk]arrierestufe|[Ss]tufe|[Ss]chaal|[Ee]ntgeltgruppe)\\s*(?::|\\|)?\\s*|\\()"
          // German and Dutch pay scales: "(Stufe P3)", "in schaal 9", "Entgeltgruppe E13".
          + ""
          // "(ABN 12 345 678 901)": a registration number's digits run on after it, so it is no level (s30 lead).
          + "([A-Z]{0,4}[- ]?\\d{1,2}[A-Za-z]?|[IVX]{1,4}|[A-Z]{1,3}\\d?)(?=\\)|\\b)(?![- ]?\\d)");
  /** A professional exam or passing one, right before its level: "CFA Level II", "on passing Level III". */
  private static final Pattern EXAM_BEFORE = Pattern.compile(
      "(?i)\\b(?:cfa|caia|frm|cfp|cpa|cima|acca|cii|exam|examination|pass|passing|passed)\\s+$");
  private static final Pattern COMPANY = Pattern.compile(
      // An HR system's form: "Company: Halcyon Freight Technologies, Inc.", "Legal Entity | Acme GmbH", "Legal Employer
      // | …"; an agency's "Client: Solara Energy, Inc." names the employer whose pay the guides hold.
      "^(?i:company|company\\s+name|employer|arbeitgeber|employing\\s+(?:entity|company)|legal\\s+(?:entity|employer)|client|"
          + "hiring\\s+(?:company|entity))"
          + "\\s*(?::|\\|)\\s*(?=\\p{Lu})|"
          // "En nombre de Cafetal Tech S.A.S. nos complace", "Em nome da …", "Au nom de …": on behalf of, as written there.
          + "\\b(?i:on\\s+behalf\\s+of(?:\\s+(?:everyone|all\\s+of\\s+us|the\\s+team)\\s+at)?|namens|en\\s+nombre\\s+de|"
          + "em\\s+nome\\s+d[aoe]|au\\s+nom\\s+de|employment\\s+with|offer\\s+from|"
          + "(?:position|role|team|opportunity)\\s+(?:at|with)|welcom(?:e|ing)\\s+(?:you\\s+)?to|"
          + "join(?:ing)?(?!\\s+(?:bonus|date|allowance|incentive|kit|formalities|location|time|day)\\b)|"
          + "(?:everyone|all\\s+of\\s+us)\\s+at|chez|au\\s+sein\\s+(?:de\\s+|d['’])|zwischen\\s+(?:der|dem|den)|presso)\\s*"
          + "(?:the\\s+)?(?=\\p{Lu})"
          + "|(?:^|(?<=,\\s)(?!(?:LLC|Inc|Ltd|Limited|GmbH|AG|plc|Corp|B\\.V|N\\.V|S\\.A|SA|SE|LLP)\\b))(?:The\\s+|A\\s+(?=\\p{Lu}[\\p{L}]*\\s+\\p{Lu}))?"
          // "Grupo Verdemar Tecnologías, S.A. de C.V. tiene el gusto", "A Ipê Digital Serviços de Tecnologia Ltda. tem
          // o prazer": a name's small linking words in the Romance languages.
          + "(?=\\p{Lu}[\\p{L}\\d&.-]*(?:,?\\s+(?:&|(?:(?:de|do|da|dos|das|del|du|des|y|e)\\s+)?\\p{Lu}[\\p{L}\\d&.-]*))*(?:\\s*\\([^)]{1,40}\\))?\\s+(?:(?:is|are)\\s+"
          + "(?:pleased|delighted|happy|excited|thrilled)|tiene\\s+el\\s+(?:gusto|placer)|tem\\s+o\\s+prazer|a\\s+le\\s+plaisir"
          + "|freut\\s+sich))"
          // A government employer: "The Department of Veterans Affairs is pleased", "The Internal Revenue Service is …".
          // A recruiter's "At Kettlewell Robotics, we build …": the company speaking of itself.
          + "|^[\"“‘']?(?i:at)\\s+(?=\\p{Lu}[\\p{L}\\d&.-]*(?:\\s+(?:&|\\p{Lu}[\\p{L}\\d&.-]*)){0,4},\\s+(?i:we|our)\\b)"
          + "|^(?:The\\s+)?(?=(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}(?:Department|Agency|Administration|Office|Bureau|Ministry|"
          + "Service|Institute|Centers?|Commission|Survey)(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.-]*"
          + "(?:\\s+(?:and|of|&|\\p{Lu}[\\p{L}.-]*)){0,4})?\\s+(?:is|are)\\s+(?:pleased|delighted|happy|excited|thrilled))");

  /**
   * A name with its legal form after a small word of the letter's prose ("where we landed with Granite Peak
   * Software, Inc.", "your offer from Lumen Labs LLC", a contract's "Between: Harrowgate Analytics Limited (company
   * number …)"): the legal form says it is a company, whatever word leads to it.
   */
  private static final Pattern LEGAL_NAME_AFTER = Pattern.compile(
      "(?:\\b(?i:with|at|from|for|by|between|join(?:ing)?):?\\s+(?:the\\s+)?"
          // A memo's "From: Global Mobility, Tessellate Systems, Inc.": the sender's team, then the employer.
          + "|^(?i:from)\\s*(?::|\\|)\\s*(?:\\p{Lu}[\\p{L}&' ]{1,40},\\s+)?)(?=\\p{Lu}[\\p{L}\\d&'-]*(?:\\s+(?:&|of|and|\\p{Lu}[\\p{L}\\d&'-]*)){0,5}"
          + ",?\\s+(?:" + LegalForms.alternationWithCapitals() + ")\\b)");

  /** The placement an agency offers: "the … position with our client, Pellucid Systems, Inc." (not "serve our clients"). */
  private static final Pattern CLIENT = Pattern.compile(
      "\\b(?i:position|role|assignment|placement|contract|contract-to-hire|opportunity|engagement|job)\\s+"
          // "your assignment as a Senior QA Engineer with our client, Lakeshore Mutual": the title between.
          + "(?:(?i:as)\\s+(?:(?i:an?|the)\\s+)?(?:\\p{Lu}[\\p{L}/&-]*\\s+){1,6})?"
          + "(?i:with|at|for)\\s+(?i:our|the|a)\\s+client,?\\s+(?=\\p{Lu})");
  /** An address's last part: a city, then a state and postcode, or a UK postcode. */
  private static final Pattern ADDRESS_CITY = Pattern.compile(
      // "… 1200 Riverside Avenue Dayton, OH 45402", a PDF's address on one line: the city after its street.
      "(?:^|,\\s*|(?<=\\b(?:Avenue|Street|Road|Drive|Boulevard|Lane|Parkway|Plaza|Ave\\.|St\\.|Rd\\.|Dr\\.|Blvd\\.)\\s))"
          + "(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2}),?\\s+(?:[A-Z]{2,3}\\s+\\d{4,5}(?:-\\d{4})?|"
          + "[A-Z]{1,2}\\d[A-Z\\d]?\\s+\\d[A-Z]{2})\\s*$");
  private static final Pattern COMMA_PLACE = Pattern.compile("^,\\s+(?=\\p{Lu}\\p{L}+(?:[\\s,]+\\p{Lu}\\p{L}+)*\\s*[.;]?$)");
  private static final Pattern DASH_PLACE = Pattern.compile(
      "^\\s+[-–—]\\s+(?=\\p{Lu}\\p{L}+(?:,?\\s+\\p{Lu}\\p{L}+)*\\s*(?:\\([^()]*\\))?\\s*$)");
  /** A signature's "Role, Company" line: "Senior Technical Recruiter, Oakhurst Robotics", "VP Engineering, Brightfold". */
  private static final Pattern SIGNATURE_EMPLOYER = Pattern.compile(
      "^(?:\\p{Lu}[\\p{L}&/.-]*\\s+){0,4}?(?:Recruiter|Partner|Manager|Director|Lead|Officer|Acquisition|People|"
          + "Resources|Founder|Co-founder|CEO|CTO|COO|CFO|President|Specialist|Coordinator|Generalist|Engineering|"
          + "Recruiting|Talent)\\s*,\\s+(\\p{Lu}[\\p{L}\\d&'-]*(?:\\s+\\p{Lu}[\\p{L}\\d&'-]*){0,3}"
          // "Technical Recruiter, Ardent Robotics Inc.": the name keeps its legal form.
          + "(?:,?\\s+(?:" + LegalForms.alternation() + ")\\.?)?)$");
  private static final Pattern LEGAL_END = Pattern.compile(LegalForms.atTheEnd());
  /** A second legal form after a comma goes on with the name: "Hikari Systems Co., Ltd.". */
  private static final Pattern LEGAL_NEXT = Pattern.compile(",\\s*(?:" + LegalForms.alternation() + ")\\b");
  // Also a named building after the comma: "Level 21, Emirates Financial Towers".
  private static final Pattern FLOOR = Pattern.compile(",\\s*(?:\\d|(?:\\p{Lu}[\\p{L}'&-]*\\s+){0,4}"
      + "(?:Tower|Towers|Building|House|Plaza|Centre|Center|Place|Square|Court|Park|Street|Road|Avenue)\\b)");
  /** A legal form written with its point ("Inc.", "inc.", "Pvt. Ltd.", "S.A."): the point is part of the name. */
  private static final Pattern LEGAL_POINT = Pattern.compile(
      "(?:(?<![\\p{L}])(?:Inc|INC|inc|Ltd|LTD|ltd|Co|Corp|CORP|corp|Pvt|PVT|Pte|PTE|Ltée|LTÉE|ltée|Bhd|BHD|Sdn|SDN|Ltda|LTDA|ltda|Lda|LDA|lda)|(?<![\\p{L}])"
          + "(?:\\p{L}\\.){1,3}\\p{L})\\.$");
  /** A legal form with only a determiner before it: "The Company", "Our Company", the letter's defined term. */
  private static final Pattern DETERMINER_FORM = Pattern.compile("(?i)(?:the|our|this|your|a|such)\\s+\\S+");
  /** A letterhead: capitalised words ending in a legal form. */
  private static final Pattern LETTERHEAD = Pattern.compile(
      "^(\\p{Lu}[\\p{L}\\d&.'-]*(?:\\s+(?:&|\\p{Lu}[\\p{L}\\d&.'-]*)){0,6},?\\s+"
          // "Cactus Pay, S.A.P.I. de C.V.": Mexico's forms end in "de C.V." (variable capital).
          + "(?i:" + LegalForms.alternation() + ")\\.?(?:\\s+de\\s+C\\.\\s?V\\.)?)(?=\\s|,\\s|$)");

  /** What joins a title to its employer: "Senior Data Scientist (Grade M2) at Varuna Fintech Private Limited". */
  private static final Pattern AT_EMPLOYER = Pattern.compile(
      "^\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:\\s*(?i:role|position|job|opening|post))?,?\\s*(?i:at|with|chez|bei|auprès\\s+de|"
          + "(en|em|na|no))\\s+(?=\\p{Lu})");
  /** What joins a company to its place: "join Acme in Austin, Texas", "chez Érable Numérique inc., à Montréal". */
  private static final Pattern IN_PLACE = Pattern.compile(
      "^(?:,?\\s*(?i:inc|ltd|llc|ltée|limited|corp|gmbh|sa|sas|co)\\b\\.?)?[.,]?\\s*,?\\s*(?i:in|à|au|in\\s+our\\s+\\w+\\s+office\\s+in)\\s+(?=\\p{Lu})");
  private static final Set<String> NOT_PLACES = Set.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday", "Q1", "Q2", "Q3", "Q4", "The", "This", "Our", "Your", "Addition", "Accordance");
  /**
   * A part of the organisation, not a place: "based in the School of Computing", "the Department of Medicine", "the
   * Computing Department".
   */
  private static final Pattern ORGANISATION_UNIT = Pattern.compile(
      "(?:School|Department|Dept\\.?|Faculty|Division|Directorate|Unit|Office|Centre|Center|Institute|College|Group|"
          + "Team|Laboratory|Lab|Programme|Program|Service)\\s+(?:of|for)\\b.*"
          + "|.*\\b(?:Department|Directorate|Division|Faculty|Team|Unit)");
  /** "work remotely from Nashville, Tennessee": a remote role's home place names the region. */
  /**
   * German prose: "die Stelle als Senior Data Engineer in unserem Büro in Zürich", "an unserem Standort in München",
   * "in unserer Niederlassung in Wien".
   */
  private static final Pattern LOCATION_PROSE_DE = Pattern.compile(
      "\\b(?i:(?:in|an)\\s+(?:unserem|unserer|dem|der)\\s+(?:Büro|Standort|Niederlassung|Office|Geschäftsstelle)|"
          + "(?:im|am)\\s+(?:Büro|Standort))\\s+(?:in|zu)\\s+(?=\\p{Lu})");
  /** A contractor's place: "working on our client's payments platform in Leeds", "at the client's site in Leeds". */
  private static final Pattern CLIENT_SITE = Pattern.compile(
      "\\bclient['’]?s?['’]?\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:platform|site|offices?|premises|project|programme|program|"
          + "team|location)\\s+(?:in|at)\\s+(?=\\p{Lu})");
  /**
   * Words before an office, in a remote role's sentence, that make it a place visited, not worked at: "with two
   * on-site weeks a year at our Denver office", "quarterly visits to our Austin office".
   */
  private static final Pattern VISITED = Pattern.compile(
      "\\b(?:on-?site\\s+(?:weeks?|days?|visits?)|visits?|travel(?:ling|ing)?|trips?|offsites?|off-sites?|"
          + "(?:a|per|each)\\s+(?:year|quarter)|quarterly|annually|twice\\s+a\\s+year)\\b[^.;]{0,30}$");
  /**
   * Remote time counted out as an allowance, which makes no remote role: "Remote working is available for up to four
   * weeks a year", "with up to 20 remote working days a year", "you may work remotely for up to 10 days a year".
   */
  private static final Pattern REMOTE_ALLOWANCE = Pattern.compile(
      "\\b(?i:remote(?:ly)?\\s+(?:work(?:ing)?\\s+)?(?:(?:is\\s+)?(?:available|allowed|permitted|possible)\\s+(?:for\\s+)?"
          + "(?:up\\s+to\\s+|a\\s+maximum\\s+of\\s+)?|(?:for\\s+)?(?:up\\s+to|a\\s+maximum\\s+of|at\\s+most|no\\s+more\\s+than)\\s+)"
          + "(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)\\s+(?:days?|weeks?)"
          + "|(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)\\s+remote\\s+"
          + "(?:work(?:ing)?\\s+)?(?:days?|weeks?))\\b");
  private static final Pattern REMOTE_FROM = Pattern.compile(
      "\\b(?i:remotely|remote)\\s+(?i:from|in|out\\s+of|based\\s+in)\\s+(?:the\\s+)?(?=\\p{Lu})");
  /** French labels, written with a space before the colon: "Poste : Ingénieur logiciel", "Lieu de travail : …". */
  private static final Pattern TITLE_LABEL_FR = Pattern.compile(
      "^(?:(?:titre\\s+du\\s+poste|intitulé\\s+du\\s+poste|poste|fonction|titre)\\s*(?::|\\|)"
          // "Objet : Proposition de mission – Consultant DevOps": the subject line names the post after its dash.
          + "|objet\\s*:\\s*(?:proposition|offre)\\s+(?:de\\s+mission|d['’]emploi|d['’]embauche|de\\s+poste|de\\s+contrat)"
          + "\\s*[-–—:](?=\\s*\\p{Lu}))\\s*(.+)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern LOCATION_LABEL_FR = Pattern.compile(
      "^(?:lieu\\s+de\\s+travail|lieu\\s+d['’]emploi|lieu|bureau|emplacement)\\s*(?::|\\|)\\s*(.+)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** "le poste de Développeuse principale chez …": a French title runs in lower case to its next cue. */
  private static final Pattern TITLE_PROSE_FR = Pattern.compile(
      "\\b(?i:(?:le|au|du)\\s+poste\\s+d['’]|(?:le|au|du)\\s+poste\\s+de|à\\s+titre\\s+d['’]|à\\s+titre\\s+de|"
          + "en\\s+tant\\s+que|en\\s+qualité\\s+d['’]|en\\s+qualité\\s+de)\\s*(?=\\p{Lu})(\\p{Lu}[^,.;:()]{1,60}?)(?=\\s+(?:chez|à|au|auprès|dans|au\\s+sein|"
          + "pour|avec|au\\s+sein|rattaché|relevant|basé|situé)\\b|\\s*[,.;:(]|$)", Pattern.UNICODE_CASE);
  private static final Pattern LOCATION_PROSE_FR = Pattern.compile(
      "\\b(?i:basée?\\s+à|située?\\s+à|au\\s+bureau\\s+de|à\\s+notre\\s+bureau\\s+de|dans\\s+nos\\s+bureaux\\s+de|"
          // "au sein de notre établissement de Lyon".
          + "(?:notre|nos|l['’])\\s*(?:établissement|site|agence)\\s+de)\\s+(?=\\p{Lu})", Pattern.UNICODE_CASE);
  /**
   * Dutch prose: "Je standplaats is Utrecht", "De functie heeft als standplaats Utrecht", "Standplaats van de functie:
   * Utrecht", "vanuit ons kantoor in Utrecht" (the label "Standplaats: Utrecht" is read as labels are).
   */
  private static final Pattern LOCATION_PROSE_NL = Pattern.compile(
      "\\b(?i:(?:standplaats|werklocatie)(?:\\s+van\\s+(?:de|deze|je|uw)\\s+(?:functie|rol|baan))?\\s*(?:is|wordt|:)?"
          + "(?:\\s+(?:ons|het)\\s+kantoor\\s+(?:in|te))?|(?:ons|het)\\s+kantoor\\s+(?:in|te))\\s+(?=\\p{Lu})");

  /** A heading in capitals that names no company: "OFFER LETTER", "PRIVATE AND CONFIDENTIAL". */
  private static final Set<String> HEADING_WORDS = Set.of("offer", "letter", "employment", "private", "confidential",
      "personal", "strictly", "re", "subject", "human", "resources", "dear", "to", "from", "date", "contract",
      "agreement", "terms", "conditions", "appointment", "confirmation", "transfer", "promotion",
      // A Spanish letter's "Presente" under the addressee ("C. Daniela Ortiz / Presente"), its "Asunto: Carta oferta".
      "presente", "asunto", "carta", "oferta", "proposta", "objet", "betreff", "betreft");
  private static final Pattern CAPITALISED_WORDS = Pattern.compile(
      "\\p{Lu}[\\p{L}&.'-]*(?:\\s+(?:&|\\p{Lu}[\\p{L}&.'-]*)){0,5}");
  /** Legal forms as they are written in running text. */
  private static final java.util.Map<String, String> LEGAL_FORMS = java.util.Map.ofEntries(
      java.util.Map.entry("LTD", "Ltd"), java.util.Map.entry("LTD.", "Ltd."), java.util.Map.entry("PVT", "Pvt"),
      java.util.Map.entry("PVT.", "Pvt."), java.util.Map.entry("INC", "Inc"), java.util.Map.entry("INC.", "Inc."),
      java.util.Map.entry("CORP", "Corp"), java.util.Map.entry("CORP.", "Corp."), java.util.Map.entry("CO", "Co"),
      java.util.Map.entry("CO.", "Co."), java.util.Map.entry("GMBH", "GmbH"), java.util.Map.entry("PLC", "plc"),
      java.util.Map.entry("PTY", "Pty"), java.util.Map.entry("LLC", "LLC"), java.util.Map.entry("LLP", "LLP"),
      java.util.Map.entry("AG", "AG"), java.util.Map.entry("SE", "SE"), java.util.Map.entry("SA", "SA"),
      java.util.Map.entry("SAS", "SAS"), java.util.Map.entry("B.V.", "B.V."), java.util.Map.entry("N.V.", "N.V."),
      java.util.Map.entry("K.K.", "K.K."), java.util.Map.entry("S.A.", "S.A."));
  private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "for", "de", "du", "la", "le", "und");
  /** Short words that are words, not acronyms, when a letterhead writes them in capitals. */
  private static final Set<String> SHORT_WORDS = Set.of("NEW", "ONE", "BIG", "RED", "SUN", "SKY", "BAY", "OAK", "FOX",
      "TOP", "AIR", "SEA", "ART", "BIO", "LAB", "NET", "WEB", "APP", "MY", "OUR", "GO", "ICE", "JET", "KEY", "MAP",
      "OWL", "ELM", "ASH", "BEE", "HUB", "ZEN", "AXE", "ARC");

  private LetterNames() {}

  /**
   * A letterhead in capitals that names no legal form ("QUILLON FINANCIAL GROUP"), taken as the company only when the
   * letter's running text names it again with a capital ("Quillon Financial Group's London office"); null otherwise.
   */
  static String repeatedHeading(String unit, List<String> later) {
    String head = unit.strip();
    if (head.length() > 60 || !CAPITALISED_WORDS.matcher(head).matches()) {
      return null;
    }
    if (heading(head)) {
      return null;
    }
    String lowerHead = head.toLowerCase(Locale.ROOT);
    for (String sentence : later) {
      int at = sentence.toLowerCase(Locale.ROOT).indexOf(lowerHead);
      if (at >= 0 && (at == 0 || !Character.isLetter(sentence.charAt(at - 1)))
          && !sentence.equals(sentence.toUpperCase(Locale.ROOT))) {
        return head;
      }
    }
    return null;
  }

  /**
   * A name as the letter's running text writes it when the letterhead has it in capitals ("INFOSYS LIMITED" is
   * "Infosys Limited"): each word as a sentence not in capitals spells it, else in title case that keeps acronyms
   * (IBM, AWS) and legal forms (Pvt. Ltd., GmbH). Names with a lower-case letter are returned as they are.
   */
  static String asWritten(String name, List<String> sentences) {
    if (!name.equals(name.toUpperCase(Locale.ROOT))) {
      return name;
    }
    StringBuilder out = new StringBuilder();
    String[] words = name.split(" ");
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      String spelled = spelledInText(word, name, sentences);
      out.append(w == 0 ? "" : " ").append(spelled != null ? spelled : titleCase(word, w == 0));
    }
    String written = out.toString();
    int space = written.indexOf(' ');
    if (words.length > 2 && space > 0) {
      // "SOCIÉTÉ ASTRALIS SAS" over "au sein de la société Astralis SAS": the first word, in lower case in the text
      // right before the rest of the name, is a common noun ("société", "company"), no part of it.
      String rest = written.substring(space + 1);
      String noun = words[0].toLowerCase(Locale.ROOT) + " " + rest;
      if (sentences.stream().anyMatch(t -> t.contains(noun))) {
        return rest;
      }
    }
    return written;
  }

  private static String spelledInText(String word, String name, List<String> sentences) {
    String bare = word.replaceAll("[.,]+$", "");
    if (bare.length() < 2) {
      return null;
    }
    Pattern whole = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(bare) + "(?![\\p{L}\\d])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    for (String sentence : sentences) {
      if (sentence.equals(sentence.toUpperCase(Locale.ROOT)) || sentence.contains(name)) {
        // A sentence in capitals, or one that repeats the letterhead ("For ACME ROBOTICS PVT. LTD."), shows no case.
        continue;
      }
      Matcher m = whole.matcher(sentence);
      // Checked against the whole name, not this word alone.
      while (m.find()) {
        String found = m.group();
        if (!found.equals(found.toLowerCase(Locale.ROOT)) && (m.start() > 0 || !found.equals(found.toUpperCase(
            Locale.ROOT)))) {
          return found + word.substring(bare.length());
        }
      }
    }
    return null;
  }

  private static String titleCase(String word, boolean first) {
    String bare = word.replaceAll("[,]+$", "");
    String legal = LEGAL_FORMS.getOrDefault(bare, LEGAL_FORMS.get(bare.replaceAll("\\.$", "")));
    if (legal != null) {
      return legal + (bare.endsWith(".") && !legal.endsWith(".") ? "." : "") + word.substring(bare.length());
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (!first && SMALL_WORDS.contains(lower)) {
      return lower;
    }
    String letters = word.replaceAll("[^\\p{L}]", "");
    boolean acronym = !letters.matches("(?i).*[aeiouy].*") || letters.length() <= 3 && !SHORT_WORDS.contains(letters);
    if (acronym || letters.isEmpty()) {
      return word;
    }
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /** The employer named right after a title ("… Engineer at Acme Robotics"), or null. */
  static String companyAfter(String sentence, int at) {
    Matcher m = AT_EMPLOYER.matcher(sentence);
    if (!m.region(at, sentence.length()).lookingAt()) {
      return null;
    }
    String name = run(sentence, m.end(), false);
    // "Ingeniera de Datos en Nube Roja Tecnología S.L.": in Spanish or Portuguese "en", "na" may lead to a place too,
    // so only a name with its legal form is the employer.
    return name == null || NOT_PLACES.contains(name) || m.group(1) != null && !legalName(name) ? null : name;
  }

  /** The place written right after a name ("Acme in Austin, Texas"), or null: never a month or a weekday. */
  static String placeAfter(String sentence, int at) {
    Matcher m = IN_PLACE.matcher(sentence);
    if (at > sentence.length()) {
      return null;
    }
    if (!m.region(at, sentence.length()).lookingAt()) {
      // "at Zephyr Payments Pvt. Ltd., Hyderabad.": after a legal form, a comma is enough; so is a dash in a form's
      // line ("Client: Solara Energy, Inc. - Denver, CO (hybrid)").
      if (!LEGAL_END.matcher(sentence).region(0, at).find()) {
        return null;
      }
      m = COMMA_PLACE.matcher(sentence);
      if (!m.region(at, sentence.length()).lookingAt()
          && !(m = DASH_PLACE.matcher(sentence)).region(at, sentence.length()).lookingAt()) {
        return null;
      }
    }
    String place = run(sentence, m.end(), false);
    return place == null || NOT_PLACES.contains(place.split("[ ,]")[0]) ? null : place(place);
  }

  /** A place ends before "for": "in Seattle, WA for Summer 2027" is in Seattle, WA. */
  private static String place(String run) {
    int at = run.indexOf(" for ");
    return at > 0 ? run.substring(0, at) : run;
  }

  /**
   * The company a letterhead names at the start of a unit ("Sablewood Logistics Corp.", and in a PDF that ran the
   * address on: "Lindgrün Mobility GmbH Torstraße 120"), or null when the unit starts with no such name.
   */
  static String letterhead(String unit) {
    Matcher m = LETTERHEAD.matcher(unit.strip());
    // "The Company is pleased…": a determiner before the form names no company.
    return m.lookingAt() && !DETERMINER_FORM.matcher(m.group(1)).matches() ? trimName(m.group(1)) : null;
  }

  /** A title's run that went on into its employer: "Ingeniera de Datos en Nube Roja Tecnología S.L.". */
  private static final Pattern EMPLOYER_IN_TITLE = Pattern.compile(
      "\\s+(?:en|em|na|no|at|chez|bei)\\s+\\p{Lu}.*?" + LegalForms.atTheEnd());

  /** The job title in the sentence, or null. */
  static String title(String sentence) {
    String title = titleRun(sentence);
    if (title == null) {
      return null;
    }
    title = FEDERAL_GRADE.matcher(EMPLOYER_IN_TITLE.matcher(title).replaceFirst("")).replaceFirst("");
    int end = sentence.indexOf(title);
    if (end < 0) {
      return title;
    }
    Matcher specialty = SPECIALTY_THEN_GRADE.matcher(sentence).region(end + title.length(), sentence.length());
    if (!specialty.lookingAt()) {
      specialty = SPECIALTY.matcher(sentence).region(end + title.length(), sentence.length());
    }
    return specialty.lookingAt() ? title + " " + specialty.group(1) : title;
  }

  /** A signer's role or department on a signature's line: never the first half of a wrapped company name. */
  private static final Pattern SIGNER_WORDS = Pattern.compile("\\b(?:Recruiter|Partner|Manager|Director|Lead|Officer|"
      + "Founder|Co-founder|CEO|CTO|COO|CFO|VP|President|Head|Chief|Specialist|Coordinator|Generalist|Advisor|Sourcer)\\b");
  /** A letter's closing ("Sincerely,", "Best regards"), after which the next line is the signer's name. */
  private static final Pattern CLOSING = Pattern.compile(
      "(?i)^(?:(?:yours\\s+)?(?:sincerely|faithfully|truly)(?:\\s+yours)?|(?:kind|best|warm|warmest)?\\s*regards|best(?:\\s+wishes)?"
          + "|cheers|thanks|thank\\s+you|many\\s+thanks|all\\s+the\\s+best|respectfully|cordially|warmly)\\b.*|.*,$");

  /**
   * A company name a signature block wrapped over two lines ("Northgate Precision Instruments" / "Manufacturing,
   * LLC"), joined; or null where {@code before} is no part of a name: the signer (the line after the closing, given
   * as {@code earlier}), a role or a department.
   */
  static String wrappedSignatureName(String earlier, String before, String line) {
    String first = before.strip().replaceFirst(",$", "");
    if (!CAPITALISED.matcher(first).matches() || SIGNER_WORDS.matcher(first).find() || DEPARTMENT.matcher(first).find()
        || earlier == null || CLOSING.matcher(earlier.strip()).matches()) {
      return null;
    }
    String joined = before.strip() + " " + line.strip();
    String name = letterhead(joined);
    return name != null && joined.length() - name.length() <= 2 && name.length() > first.length() + 1 ? name : null;
  }

  /** The last role or department word of a signature's line, where the employer's name may follow. */
  private static final Pattern ROLE_THEN = Pattern.compile("\\b(?:Recruiter|Partner|Manager|Director|Lead|Officer|Founder|"
      + "CEO|CTO|COO|CFO|President|Head|Specialist|Coordinator|Generalist|Advisor|Acquisition|Recruiting|Resources|"
      + "People|Talent|Culture|Operations|Engineering)\\s+(?=\\p{Lu})");

  /**
   * A signature block a PDF ran into one line ("Karen Whitfield Director, Talent Acquisition Northgate Precision
   * Instruments Manufacturing, LLC"): the name with its legal form after the signer's role, or null.
   */
  static String signatureRunOn(String line) {
    String text = line.strip();
    Matcher role = ROLE_THEN.matcher(text);
    String found = null;
    while (role.find()) {
      String rest = text.substring(role.end());
      String name = letterhead(rest);
      if (name != null && rest.length() - name.length() <= 1 && !ROLE_THEN.matcher(name).find()) {
        found = name;
        break;
      }
    }
    return found;
  }

  /** The employer a signature's "Role, Company" line names, or null. */
  static String signatureEmployer(String line) {
    Matcher m = SIGNATURE_EMPLOYER.matcher(line.strip());
    return m.matches() && !NOT_NAMES.contains(m.group(1)) && !DEPARTMENT.matcher(m.group(1)).find() ? m.group(1)
        : null;
  }

  /**
   * A signature's line that names the employer beside a department: "Harbor & Pine Financial / Human Resources",
   * "Talent Acquisition | Quarry Lane Health", "People & Culture — Birchfield Group".
   */
  private static final Pattern SIGNATURE_TWO_PARTS = Pattern.compile(
      "^([^/|–—]{2,60}?)\\s*(?:/|\\||\\s[–—-]\\s)\\s*([^/|–—]{2,60})$");
  /** Capitalised words, "&" and "and" between them: a name as a signature writes it. */
  private static final Pattern CAPITALISED = Pattern.compile(
      "\\p{Lu}[\\p{L}\\d'.-]*(?:\\s+(?:&|and|of|\\p{Lu}[\\p{L}\\d'.-]*)){0,4}");
  /**
   * Words that end an organisation's name and never a person's ("Financial", "Health", "Labs"), or an "&" inside
   * it: "Dana Whitfield / Human Resources" names the signer, never the employer.
   */
  private static final Pattern ORGANISATION = Pattern.compile(
      "\\s&\\s|\\s(?:Financial|Bank|Bancorp|Group|Health|Healthcare|Labs?|Systems|Technologies|Technology|Partners|"
          + "Capital|Software|Analytics|Holdings|Industries|Solutions|Services|Logistics|Bio|Biosciences|Therapeutics|"
          + "Insurance|Media|Studios?|Ventures|Networks|Energy|Robotics|Pharma|Pharmaceuticals|Games|Foods|Brands|"
          + "Consulting|Research|Security|Data|AI|Cloud|Payments|Motors|Works|Collective|Company|Trust|Clinic|"
          + "Medical|Markets|Retail|Semiconductor|Aerospace|Automotive|Digital|Interactive|University|Institute|"
          + "College|Hospital|Alliance|Association|Society|Foundation|Council|Authority|Mutual|Cooperative|"
          // "Mercy Ridge Medical Center"; a building's "Rockefeller Center" is no employer.
          + "(?:Medical|Health|Cancer|Research|Community|Care|Children's)\\s+(?:Center|Centre))$");

  /** A unit (not) of a letterhead's block: an address, a date, a phone or reference line, a salutation. */
  private static final Pattern BLOCK_LINE = Pattern.compile("\\d|^(?i:dear|hi|hello)\\b");
  /** An office of an organisation on a letterhead ("Human Resources Department", "Office of the Provost"). */
  private static final Pattern UNIT_OF = Pattern.compile(
      "(?i)\\b(?:department|dept|division|office|unit|directorate|section)\\b");

  /**
   * A letterhead whose one line is an organisation's name without a legal form ("Fernhall Insurance Group", "St.
   * Brigid Regional Health", "ASHDOWN UNIVERSITY"): among the first three units, capitalised words ending in a word
   * that ends organisations' names and never a person's, above the date or address block (a line with a digit or the
   * salutation, past up to two short lines such as a department's); never a department, a heading or a sentence.
   * Null otherwise.
   */
  static String letterheadOrganisation(List<String> units) {
    for (int i = 0; i < Math.min(3, units.size() - 1); i++) {
      String line = units.get(i).strip();
      String ranOn = ranOnOrganisation(line);
      if (ranOn != null) {
        return ranOn;
      }
      if (!organisationName(line)) {
        continue;
      }
      for (int j = i + 1; j < Math.min(i + 4, units.size()); j++) {
        String next = units.get(j).strip();
        if (BLOCK_LINE.matcher(next).find()) {
          return line;
        }
        if (next.length() > 60 || next.endsWith(".") || next.endsWith(":")) {
          // A sentence or a heading: the line stood over prose, not over an address.
          break;
        }
      }
    }
    return null;
  }

  /** Whether the line is only an organisation's name: capitalised words ending in an organisation's word. */
  private static boolean organisationName(String line) {
    String cased = line.equals(line.toUpperCase(Locale.ROOT)) ? titleCased(line) : line;
    return line.length() <= 60 && CAPITALISED.matcher(cased).matches() && ORGANISATION.matcher(" " + cased).find()
        && !DEPARTMENT.matcher(cased).find() && !UNIT_OF.matcher(cased).find() && !heading(cased);
  }

  /**
   * A letterhead a PDF ran into one line ("St. Brigid Regional Health Human Resources Department 1200 Riverside
   * Avenue Dayton, OH 45402"): the organisation's name where a department or the address follows it; else null.
   */
  private static String ranOnOrganisation(String line) {
    String[] words = line.split("\\s+");
    if (!BLOCK_LINE.matcher(line).find() || words.length < 3) {
      return null;
    }
    for (int k = 2; k <= Math.min(6, words.length - 1); k++) {
      String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
      String rest = String.join(" ", java.util.Arrays.copyOfRange(words, k, Math.min(words.length, k + 3)));
      boolean capitals = name.equals(name.toUpperCase(Locale.ROOT));
      if (capitals && words[k].equals(words[k].toUpperCase(Locale.ROOT)) && !Character.isDigit(words[k].charAt(0))) {
        // "ASHDOWN UNIVERSITY OF …": a name in capitals goes on while its words do.
        continue;
      }
      // "Hollis Institute for Biomedical Research": a small word goes on with the name.
      boolean nextStarts = Character.isUpperCase(words[k].charAt(0)) || Character.isDigit(words[k].charAt(0));
      if (nextStarts && organisationName(name) && (Character.isDigit(words[k].charAt(0))
          || DEPARTMENT.matcher(rest).find() || UNIT_OF.matcher(rest).find() || GROUP_FUNCTION.matcher(rest).lookingAt())) {
        return name;
      }
    }
    return null;
  }

  /** "Osprey Coast Bank" / "Group Treasury" run into one line: a bank's central function, never part of its name. */
  private static final Pattern GROUP_FUNCTION = Pattern.compile(
      "Group\\s+(?:Treasury|Finance|Risk|Compliance|Audit|Internal\\s+Audit|Legal|Technology|Operations|Functions|Tax)\\b");

  private static boolean heading(String line) {
    for (String word : line.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (HEADING_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Each word of a line in capitals with only its first letter a capital, so name patterns read it. */
  private static String titleCased(String line) {
    StringBuilder out = new StringBuilder();
    for (String word : line.split(" ")) {
      String lower = word.toLowerCase(Locale.ROOT);
      out.append(out.length() == 0 ? "" : " ").append(SMALL_WORDS.contains(lower) || lower.isEmpty() ? lower
          : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }
    return out.toString();
  }

  /** The employer a signature's "Company / Department" line names beside its department, or null. */
  static String signatureOrganisation(String line) {
    Matcher m = SIGNATURE_TWO_PARTS.matcher(line.strip());
    if (!m.matches()) {
      return null;
    }
    String first = m.group(1).strip();
    String second = m.group(2).strip();
    boolean firstIsDepartment = DEPARTMENT.matcher(first).find();
    boolean secondIsDepartment = DEPARTMENT.matcher(second).find();
    if (firstIsDepartment == secondIsDepartment) {
      return null;
    }
    String name = firstIsDepartment ? second : first;
    // "Talent Acquisition | Coralbay Logistics Pty Ltd": a legal form ends an organisation's name as its words do.
    return CAPITALISED.matcher(name).matches() && (ORGANISATION.matcher(" " + name).find()
        || LEGAL_END.matcher(name).find()) ? name : null;
  }

  /** The sender's address in a signature: "ruth.adeyemi@kilnandco.com" gives "kilnandco". */
  private static final Pattern SENDER_DOMAIN = Pattern.compile("[\\w.+-]+@([a-z0-9.-]+\\.[a-z]{2,})",
      Pattern.CASE_INSENSITIVE);
  /** A web address a signature gives, "www.kilnandco.com", "northpeak.io", not part of an email address. */
  private static final Pattern WEB_ADDRESS = Pattern.compile(
      "(?<![\\w@.-])(?:https?://)?(?:www\\.)?([a-z0-9][a-z0-9-]{2,}\\.(?:com|io|ai|co|net|org|dev|tech|app|ca|de|fr|in|sg|"
          + "nl|au|uk|es|mx|br)(?:\\.[a-z]{2})?)(?![\\w@-])", Pattern.CASE_INSENSITIVE);
  /** The labels before a country's top-level domain that are no name: "acme.co.uk", "acme.com.au". */
  private static final java.util.Set<String> SECOND_LEVEL = java.util.Set.of("co", "com", "org", "net", "ac", "gov",
      "ltd", "plc", "ne", "or");
  /** The department a signature's line ends in after the employer's name: "Kiln & Co. Talent", "… People Team". */
  private static final Pattern TRAILING_DEPARTMENT = Pattern.compile(
      "\\s+(?:Talent(?:\\s+Acquisition|\\s+Team)?|People(?:\\s+Team|\\s+Operations|\\s+Ops|\\s+&\\s+Culture)?|"
          + "Recruit(?:ing|ment)(?:\\s+Team)?|HR|Human\\s+Resources|Hiring(?:\\s+Team)?|Careers)$");

  /**
   * The employer a signature names on a line of its own, with or without its department after it ("Kiln & Co.
   * Talent"), where the sender's address is the same name ("@kilnandco.com"); null otherwise. A person's name never
   * spells the company's address, so the signer is not read as the employer.
   */
  static String signatureByAddress(List<String> lines) {
    String domain = null;
    for (String line : lines) {
      Matcher m = SENDER_DOMAIN.matcher(line);
      domain = m.find() ? registered(m.group(1)) : domain;
    }
    for (int i = 0; i < lines.size() && domain == null; i++) {
      // "M: +1 (416) 555-0192 | northpeak.io": the company's web address in the signature spells its name as well.
      Matcher web = WEB_ADDRESS.matcher(lines.get(i));
      domain = web.find() ? registered(web.group(1)) : null;
    }
    if (domain == null || domain.length() < 4) {
      return null;
    }
    for (String line : lines) {
      String name = TRAILING_DEPARTMENT.matcher(line.strip()).replaceFirst("");
      if (name.contains("@") || !CAPITALISED.matcher(name).matches()) {
        continue;
      }
      String letters = name.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^\\p{L}\\d]", "");
      // "Talent Acquisition" over "@talent.acmerobotics.com": a department alone is never the employer.
      boolean departmentOnly = DEPARTMENT.matcher(name).replaceAll("").replaceAll("[^\\p{L}]", "").isEmpty();
      if (letters.length() >= 4 && !departmentOnly && (letters.startsWith(domain) || domain.startsWith(letters))) {
        return name;
      }
    }
    return null;
  }

  /** The name a mail host is registered under: "talent.acmerobotics.com" → "acmerobotics", "kiln-co.co.uk" → "kilnco". */
  private static String registered(String host) {
    String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
    int last = labels.length - 2;
    if (last > 0 && SECOND_LEVEL.contains(labels[last])) {
      last--;
    }
    return last < 0 ? "" : labels[last].replace("-", "");
  }

  /** A department a signature names after the role ("Director, Human Resources"), never the employer. */
  private static final Pattern DEPARTMENT = Pattern.compile("(?i)\\b(?:resources|people|talent|engineering|recruiting|"
      + "acquisition|operations|hr|finance|legal|sales|marketing|product|design|research|administration|team|culture)\\b");

  /** A remote role written in brackets right after its title ("Senior Data Engineer (Remote, US)"), or null. */
  static String remoteAfter(String sentence, int titleEnd) {
    Matcher m = REMOTE_AFTER_TITLE.matcher(sentence);
    if (titleEnd < 0 || !m.region(titleEnd, sentence.length()).lookingAt()) {
      return null;
    }
    String remote = m.group(1) != null ? m.group(1) : m.group(2);
    return "R" + remote.strip().substring(1);
  }

  private static String titleRun(String sentence) {
    sentence = latinHalf(sentence);
    Matcher label = TITLE_LABEL.matcher(sentence);
    if (label.find() || (label = TITLE_LABEL_FR.matcher(sentence)).find()) {
      Matcher place = TITLE_THEN_PLACE.matcher(label.group(1));
      return trimName(place.lookingAt() ? place.group(1) : cutAt(label.group(1), "(", " | ", ";"));
    }
    if (sentence.contains("poste") || sentence.contains("titre") || sentence.contains("tant que")
        || sentence.contains("qualité")) {
      Matcher french = TITLE_PROSE_FR.matcher(sentence);
      if (french.find()) {
        return trimName(french.group(1));
      }
    }
    Matcher prose = TITLE_PROSE.matcher(sentence);
    if (prose.find()) {
      return run(sentence, prose.end(), true);
    }
    Matcher role = TITLE_ROLE.matcher(sentence);
    if (role.find()) {
      return run(sentence, role.end(), true);
    }
    // "Here's the offer for Senior SWE (L5) at Quillfeather": a title only where its employer or level follows.
    Matcher offerFor = OFFER_FOR.matcher(sentence);
    if (offerFor.find()) {
      String title = run(sentence, offerFor.end(), true);
      int end = title == null ? -1 : sentence.indexOf(title, offerFor.end()) + title.length();
      return end > 0 && TITLE_FOLLOWED.matcher(sentence).region(end, sentence.length()).lookingAt() ? title : null;
    }
    return null;
  }

  /** "the offer for Senior SWE (L5) at …", "your offer from Larkspur Data, Inc. (NASDAQ: LRKD) for the … role". */
  private static final Pattern OFFER_FOR = Pattern.compile(
      "\\b(?i:offer)\\s+(?:from\\s+\\p{Lu}[^;!?]{0,60}?\\s+)?for\\s+(?:the\\s+|an?\\s+)?(?=[A-Z])");
  private static final Pattern TITLE_FOLLOWED = Pattern.compile("\\s*(?:\\(|,?\\s+(?:at|with)\\s+\\p{Lu}|\\s+(?:role|position)\\b)");

  /** A bilingual label line's second language: "職種 / Position: シニア… / Senior Software Engineer". */
  private static final Pattern SECOND_LANGUAGE_LABEL = Pattern.compile(
      "^[^\\p{IsLatin}\\d]+?\\s*/\\s*(\\p{IsLatin}[\\p{IsLatin} ]{1,30}:)\\s*(?:[^/]*[^\\p{IsLatin}\\d\\s/][^/]*/\\s*)?(.+)$");

  /**
   * A bilingual letter's label line as its Latin-script half reads ("勤務地 / Work location: 東京本社 / Tokyo Head
   * Office" is "Work location: Tokyo Head Office"); any other sentence as it is. Only where the line opens in another
   * script: a cheap test before the pattern.
   */
  static String latinHalf(String sentence) {
    if (sentence.isEmpty() || Character.UnicodeScript.of(sentence.codePointAt(0)) == Character.UnicodeScript.LATIN
        || sentence.indexOf('/') < 0) {
      return sentence;
    }
    Matcher m = SECOND_LANGUAGE_LABEL.matcher(sentence);
    return m.matches() ? m.group(1) + " " + m.group(2).strip() : sentence;
  }

  /** The work location in the sentence, or null. */
  static String location(String sentence) {
    sentence = latinHalf(sentence);
    Matcher title = TITLE_LABEL.matcher(sentence);
    if (title.find()) {
      Matcher place = TITLE_THEN_PLACE.matcher(title.group(1));
      if (place.lookingAt()) {
        return trimName(place.group(2));
      }
    }
    Matcher label = LOCATION_LABEL.matcher(sentence);
    if (label.find() || (label = LOCATION_LABEL_FR.matcher(sentence)).find()) {
      Matcher remote = REMOTE_CITY.matcher(label.group(1));
      if (remote.lookingAt()) {
        return remote.group(1);
      }
      Matcher area = REMOTE_AREA.matcher(label.group(1));
      if (area.lookingAt()) {
        return "Remote (" + area.group(2).strip() + ")";
      }
      // "Place of work: Our Manchester office, with hybrid working": the place, without whose office it is (s28).
      String value = OWN_OFFICE.matcher(label.group(1)).replaceFirst("");
      return trimName(cutAt(value, "(", " | ", ";", " office", " head office", " headquarters", ", with "));
    }
    boolean remote = sentence.contains("emote");
    // "Remote working is available for up to four weeks a year, and you will be based at our Leeds office": remote days
    // allowed in an office job; the office is where it is, not one visited.
    boolean remoteRole = remote && !REMOTE_ALLOWANCE.matcher(sentence).find();
    for (Pattern cue : List.of(REMOTE_FROM, LOCATION_PROSE, LOCATION_PROSE_FR, LOCATION_PROSE_NL, LOCATION_PROSE_DE,
        CLIENT_SITE)) {
      if (cue == REMOTE_FROM && !remote || cue == LOCATION_PROSE_FR && !sentence.contains("é")
          && !sentence.contains("bureau") || cue == LOCATION_PROSE_NL && !sentence.contains("tandplaats")
          && !sentence.contains("kantoor") && !sentence.contains("erklocatie") || cue == LOCATION_PROSE_DE
          && !sentence.contains("Büro") && !sentence.contains("Standort") && !sentence.contains("Niederlassung")
          || cue == CLIENT_SITE && !sentence.contains("client")) {
        // Each cue is tried only where its words can be: most sentences name no remote home and are not French.
        continue;
      }
      Matcher prose = cue.matcher(sentence);
      while (prose.find()) {
        String name = run(sentence, prose.end(), false);
        if (remoteRole && cue != REMOTE_FROM && VISITED.matcher(sentence.substring(Math.max(0, prose.start() - 60),
            prose.start())).find() || movedFrom(sentence, prose.start())) {
          // A remote role's office visited a few weeks a year, or the team or office a move leaves: not where it is.
          continue;
        }
        if (name != null && !NOT_PLACES.contains(name) && !ORGANISATION_UNIT.matcher(name).matches()) {
          // "based at our King's Cross office in London": the office is in the city, and the city is the place.
          int end = sentence.indexOf(name, prose.end()) + name.length();
          Matcher city = OFFICE_IN.matcher(sentence).region(Math.max(end, 0), sentence.length());
          String in = city.lookingAt() ? run(sentence, city.end(), false) : null;
          return place(in != null && !NOT_PLACES.contains(in) ? in : name);
        }
      }
    }
    if (REMOTE_FIRST.matcher(sentence).find()) {
      // "We're a remote-first company, though most of us are in Austin": remote; the hub is said in a note.
      return "Remote";
    }
    String team = teamPlace(sentence);
    if (team != null) {
      return team;
    }
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (lower.contains("working remotely") && !lower.contains("work remotely")) {
      // "You'll be working remotely from anywhere in the United States" is remote where it names the area; "working
      // remotely with two days a month on site in Amsterdam" is no remote role in silence.
      Matcher within = REMOTE_WITHIN.matcher(sentence);
      if (within.find()) {
        return "Remote " + within.group(1).replaceFirst("(?<=\\s\\p{L}[\\p{L}]{0,30})\\.$", "");
      }
    }
    if (lower.contains("fully remote") || lower.contains("remote position") || lower.contains("work remotely")
        || lower.contains("remote role") || lower.contains("remote basis") || ROLE_IS_REMOTE.matcher(lower).find()) {
      // "You'd be fully remote within the US": the country it is open in, as "(remote within the US)" gives it.
      Matcher within = REMOTE_WITHIN.matcher(sentence);
      return within.find() ? "Remote " + within.group(1).replaceFirst("(?<=\\s\\p{L}[\\p{L}]{0,30})\\.$", "") : "Remote";
    }
    return null;
  }

  /** A company that works remotely first: "a remote-first company", "we are fully distributed". */
  /** Whether a sentence says the company works remote-first ("As a remote-first company, …"). */
  static boolean remoteFirst(String sentence) {
    return REMOTE_FIRST.matcher(sentence).find();
  }

  private static final Pattern REMOTE_FIRST = Pattern.compile(
      "\\b(?i:remote[- ]first|remote[- ]friendly\\s+company|fully\\s+distributed|distributed[- ]first)\\b");
  /** Where most of a remote team is: "most of us are in Austin", "our hub is in Denver", "most of the team is based in". */
  private static final Pattern HUB = Pattern.compile(
      "\\b(?i:most\\s+of\\s+(?:us|the\\s+team|our\\s+team|the\\s+company)\\s+(?:are|is|work|live|sit)s?|"
          + "(?:our|the\\s+team's|the\\s+company's)\\s+(?:hub|main\\s+office)\\s+is)\\s+(?i:based\\s+)?(?i:in|out\\s+of)\\s+(?=\\p{Lu})");

  /** The place most of a remote team works from ("most of us are in Austin"), or null. */
  static String hub(String sentence) {
    Matcher m = HUB.matcher(sentence);
    String name = m.find() ? run(sentence, m.end(), false) : null;
    return name == null || NOT_PLACES.contains(name) ? null : place(name);
  }

  /** "This position is remote within the United States", "the role will be fully remote". */
  private static final Pattern ROLE_IS_REMOTE = Pattern.compile(
      "\\b(?:position|role|job)\\s+(?:is|will\\s+be)\\s+(?:fully\\s+|100%\\s+)?remote\\b");

  /** "remote within the US", "remotely anywhere in Canada": where a remote role is open. */
  private static final Pattern REMOTE_WITHIN = Pattern.compile(
      // "working remotely from anywhere in the United States": "from" leads to where, as "within" does.
      "(?i:remote(?:ly)?)\\s+(?i:from\\s+(?=anywhere))?((?i:within|anywhere\\s+in|in|across)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})");

  /** "on our Houston team", "join our Chicago group": a team named by its place. */
  private static final Pattern TEAM = Pattern.compile(
      "\\b(?:our|the)\\s+(?=\\p{Lu}[\\p{L}.-]*(?:,?\\s+\\p{Lu}[\\p{L}.-]*){0,2}\\s+(?:team|teams|group|crew)\\b)");
  /**
   * Words that name what a team does, not where it is: "our Data Platform team" is no place. A team named by its
   * place has none of them.
   */
  private static final Set<String> TEAM_FUNCTIONS = Set.of(
      "data", "platform", "engineering", "product", "design", "sales", "marketing", "finance", "people", "talent",
      "security", "infrastructure", "growth", "research", "legal", "operations", "ops", "support", "success",
      "customer", "payments", "mobile", "web", "cloud", "analytics", "risk", "ai", "ml", "qa", "hr", "it", "ux",
      "ui", "bi", "sre", "gtm", "devops", "applied", "core", "global", "enterprise", "commercial", "clinical",
      "nursing", "team", "leadership", "executive", "machine", "learning", "software", "hardware", "systems",
      "services", "solutions", "strategy", "partnerships", "revenue", "accounting", "audit", "compliance", "trust",
      "safety", "search", "ads", "consumer", "business", "recruiting", "brand", "content", "editorial",
      "communications", "policy", "quality", "reliability", "tax", "treasury", "investments", "trading",
      "technology", "tech", "digital", "innovation", "foundation", "frontend", "backend", "api", "apis", "games",
      "studio", "creative", "r&d", "development", "insights", "science", "health", "care", "network", "experience",
      "developer", "developers", "go-to-market", "relations", "management", "delivery", "program", "programs",
      "projects", "integrations", "automation", "tools", "tooling", "observability", "identity", "billing", "fraud",
      "foundations", "acquisition", "onboarding", "enablement", "architecture", "release", "build", "storage",
      "database", "networking", "edge", "graphics", "audio", "video", "media", "gameplay", "monetization", "pricing",
      "merchant", "logistics", "supply", "procurement", "facilities", "workplace", "benefits", "payroll",
      "compensation", "rewards", "employee", "internal", "field", "inside", "channel", "alliances", "account",
      "accounts", "client", "clients", "patient", "member", "members", "claims", "underwriting", "lending", "credit",
      "wealth", "portfolio", "capital", "markets", "quant", "modeling", "forecasting", "experimentation",
      "recommendations", "ranking", "discovery", "messaging", "voice", "vision", "language", "robotics", "autonomy",
      "perception", "planning", "controls", "firmware", "embedded", "silicon", "devices", "productivity",
      "product-led", "office", "front", "back", "middle", "cx", "dx", "nlp", "llm", "genai");
  /** How a place of two or three words begins or ends ("New York", "San Francisco", "Salt Lake City"). */
  private static final Set<String> PLACE_STARTS = Set.of("new", "san", "santa", "los", "las", "st.", "saint", "fort",
      "salt", "rio", "são", "el", "la", "le", "port", "mount", "north", "south", "east", "west", "hong", "kuala", "tel",
      "buenos", "cape", "abu", "ho", "mexico", "kansas", "oklahoma", "jersey", "greater");
  private static final Set<String> PLACE_ENDS = Set.of("city", "beach", "springs", "park", "valley", "bay", "area");

  /**
   * Whether the team or office at {@code at} is the one a move leaves: "your move from the Denver team to the Austin
   * team", "transfer from our London office to our New York office".
   */
  private static boolean movedFrom(String sentence, int at) {
    return at >= 5 && sentence.startsWith("from ", at - 5) && sentence.indexOf(" to ", at) > 0;
  }

  /** The place in "our Houston team", or null where the words name a function ("our Data Platform team"). */
  private static String teamPlace(String sentence) {
    if (!sentence.contains(" team") && !sentence.contains(" group") && !sentence.contains(" crew")) {
      return null;
    }
    Matcher m = TEAM.matcher(sentence);
    while (m.find()) {
      String name = run(sentence, m.end(), false);
      if (name == null || NOT_PLACES.contains(name.split("[ ,]")[0]) || movedFrom(sentence, m.start())) {
        continue;
      }
      boolean function = false;
      String[] words = name.toLowerCase(Locale.ROOT).split("[\\s,]+");
      for (String word : words) {
        function |= TEAM_FUNCTIONS.contains(word);
      }
      // A name of more words is a place only where it is written as one: "Austin, Texas", "New York", "Salt Lake
      // City"; "our Developer Experience team" is no place, and no place is read rather than a wrong one.
      boolean placeLike = words.length == 1 || name.contains(",") || PLACE_STARTS.contains(words[0])
          || PLACE_ENDS.contains(words[words.length - 1]);
      if (!function && placeLike) {
        return place(name);
      }
    }
    return null;
  }

  /** A level code near a title ("Level: L5", "(IC4)", "grade P3"), or null. */
  static String level(String sentence) {
    Matcher m = LEVEL.matcher(sentence);
    while (m.find()) {
      String code = m.group(1).strip();
      boolean cue = !m.group().startsWith("(");
      // In parentheses only a code with letters and a digit counts: "(L5)", not "(12)" or "(A)".
      if (cue && FLOOR.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
        // "Level 9, 1 Martin Place": a floor in an address, as Australian letterheads write it.
        continue;
      }
      if (currencyCode(code)) {
        // "the pay band for the role (GBP 60k-75k)": a range of pay, never a level.
        continue;
      }
      if (cue && EXAM_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 16), m.start())).find()) {
        // "on passing the CFA Level II your base increases by $5,000": an exam's level, never the job's.
        continue;
      }
      if (cue || code.matches("[A-Z]{1,4}[- ]?\\d{1,2}[A-Za-z]?")) {
        // A bare number keeps its word: "Band 7", "Level 5"; a pay scale's point or step goes with it ("Grade 7,
        // spine point 32": the point sets the pay within the grade).
        String level = code.matches("\\d+") ? cueWord(m.group()) + " " + code : code;
        Matcher point = SCALE_POINT.matcher(sentence).region(m.end(), sentence.length());
        return point.lookingAt() ? level + ", " + point.group(1) : level;
      }
    }
    return null;
  }

  /** Whether a level's code starts with a currency's ISO code: "GBP 60k" is pay, "L5" or "IC4" a level. */
  private static boolean currencyCode(String code) {
    String letters = code.replaceAll("[^A-Z].*$", "");
    return letters.length() == 3 && Currency.getAvailableCurrencies().stream()
        .anyMatch(c -> c.getCurrencyCode().equals(letters));
  }

  /** ", spine point 32", ", step 3", " point 4": the place on a pay scale written right after its grade. */
  private static final Pattern SCALE_POINT = Pattern.compile(
      ",?\\s+((?i:spine\\s+point|scale\\s+point|spinal\\s+point|point|step)\\s+\\d{1,2})\\b");

  private static String cueWord(String match) {
    String word = match.replaceAll("[^A-Za-z].*$", "");
    return word.isEmpty() ? "Level" : Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
  }

  /**
   * The company an agency places you with ("with our client, Pellucid Systems, Inc."): the employer the offer is
   * about, whose pay the guides hold, rather than the agency that writes; null when the sentence names none.
   */
  static String client(String sentence) {
    if (!sentence.contains("client")) {
      return null;
    }
    Matcher m = CLIENT.matcher(sentence);
    return m.find() ? run(sentence, m.end(), false) : null;
  }

  /** A letterhead line that is a US federal department: "U.S. Department of Veterans Affairs". */
  private static final Pattern FEDERAL_DEPARTMENT = Pattern.compile(
      // The federal executive departments by name: a company's "Department of Human Resources" or a university's
      // "Department of Computer Science" on a letterhead is no employer.
      "^(?:U\\.\\s?S\\.\\s+|United\\s+States\\s+)?(Department\\s+of\\s+(?:the\\s+)?(?:Veterans\\s+Affairs|Defense|Energy|State"
          + "|(?:the\\s+)?Treasury|Justice|(?:the\\s+)?Interior|Agriculture|Commerce|Labor|Health\\s+and\\s+Human\\s+Services"
          + "|Housing\\s+and\\s+Urban\\s+Development|Transportation|Education|Homeland\\s+Security|the\\s+(?:Army|Navy|Air\\s+Force)))$");
  /** A name that is itself a government body: "Federal Aviation Administration", "Internal Revenue Service". */
  private static final Pattern GOVERNMENT_BODY = Pattern.compile(
      "\\b(?:Department|Administration|Agency|Service|Bureau|Office|Institute|Commission|Survey|Centers?|Corps)\\b");

  /** The department a letterhead line names, without its "U.S.", or null. */
  static String department(String line) {
    Matcher m = FEDERAL_DEPARTMENT.matcher(line.strip());
    return m.matches() ? m.group(1) : null;
  }

  /** Whether a company's name is a government body's, not a facility's ("VA Palo Alto Health Care System"). */
  static boolean governmentBody(String name) {
    return GOVERNMENT_BODY.matcher(name).find();
  }

  /** "you will be a W-2 employee of Meridian Talent Group": the agency that employs you on an assignment. */
  private static final Pattern EMPLOYEE_OF = Pattern.compile(
      "\\b(?i:(?:w-?2|temporary|contract)\\s+employee\\s+of|employed\\s+by|on\\s+the\\s+payroll\\s+of)\\s+(?=\\p{Lu})");

  /**
   * The agency a placement letter says employs you ("a W-2 employee of Meridian Talent Group, not of Halcyon Bank"),
   * or null.
   */
  static String employerOf(String sentence) {
    Matcher m = EMPLOYEE_OF.matcher(sentence);
    return m.find() ? run(sentence, m.end(), false) : null;
  }

  /**
   * The city of a letterhead's address ("Level 4, 55 Collins Street, Melbourne VIC 3000", "Palo Alto, CA 94303",
   * "Bristol BS2 0AX") when the running text names it again ("in our Melbourne team"); null otherwise.
   */
  static String addressCity(String unit, List<String> later) {
    Matcher m = ADDRESS_CITY.matcher(unit);
    return m.find() && namedAgain(m.group(1), later) ? m.group(1) : null;
  }

  /**
   * The place a letter is dated from ("Utrecht, 2 December 2026") where the letter names it again and it is no part of
   * the company's name: "Strictly Confidential, 2 December 2026" or "Acme, 2 December 2026" names no place.
   */
  static String datedFrom(String unit, List<String> later, String company) {
    Matcher m = DATE_LINE_PLACE.matcher(unit);
    if (!m.find() || company != null && company.contains(m.group(1)) || WEEKDAY.matcher(m.group(1)).matches()
        || LETTER_STATE.matcher(m.group(1)).matches()) {
      return null;
    }
    return namedAgain(m.group(1), later) ? m.group(1) : null;
  }

  /** Whether a later sentence, not itself an address line, names the city again: "our Melbourne team". */
  private static boolean namedAgain(String city, List<String> later) {
    Pattern again = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(city) + "(?![\\p{L}])");
    return later.stream().anyMatch(sentence -> again.matcher(sentence).find() && !ADDRESS_CITY.matcher(sentence).find());
  }

  /** A city before a postcode alone ("Singapore 138632") or after one ("10115 Berlin, Germany"). */
  private static final Pattern POSTAL_CITY = Pattern.compile(
      "(?:^|,\\s*)(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2}),?\\s+\\d{4,6}\\s*$"
          + "|(?:^|,\\s*)\\d{4,5}\\s+(\\p{Lu}\\p{L}+(?:[\\s-]\\p{Lu}\\p{L}+){0,2})\\s*(?:,\\s*\\p{Lu}\\p{L}+)?\\s*$");
  /** A city's name, with the small words some hold: "Rio de Janeiro", "Frankfurt am Main". */
  private static final String CITY = "(\\p{Lu}\\p{L}+(?:(?:\\s(?:de|da|do|dos|das|del|di|la|le|sur|am|an|der))?[\\s-]\\p{Lu}\\p{L}+){0,2})";
  /** A Canadian address's city, its province and postal code: "Halifax, NS B3J 3R7", "Vancouver, British Columbia V6C 3R9". */
  private static final Pattern CANADIAN_POSTAL = Pattern.compile(
      "(?:^|,\\s*)" + CITY + ",?\\s+(?:[A-Z]{2}|\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2}),?\\s+[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d\\s*$");
  /** A Brazilian address's city, state and CEP: "São Paulo - SP, 01310-200". */
  private static final Pattern BRAZILIAN_CEP = Pattern.compile(
      "(?:^|,\\s*|[-–]\\s*)" + CITY + "\\s*[-–/,]\\s*[A-Z]{2},?\\s+(?:CEP:?\\s*)?\\d{5}-?\\d{3}\\s*$");
  /** A Dutch postcode's letters are no part of the city: "3511 GC Utrecht". */
  private static final Pattern DUTCH_POSTCODE = Pattern.compile("(?:^|,\\s*)\\d{4}\\s?[A-Z]{2}\\s+" + CITY + "\\s*$");
  /** The place a letter is dated from, on its date line: "Utrecht, 2 December 2026", "Madrid, 2 de diciembre de 2026". */
  private static final Pattern DATE_LINE_PLACE = Pattern.compile(
      "^" + CITY + ",\\s+(?:\\d{1,2}\\.?\\s+(?:de\\s+)?\\p{L}+\\s+(?:de\\s+)?|\\p{L}+\\s+\\d{1,2},?\\s+)20\\d\\d\\.?\\s*$");
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday|date|dated|ref|lundi|montag|lunes|segunda");
  /** What a date line says of the letter rather than its place: "Strictly Confidential, 2 December 2026". */
  private static final Pattern LETTER_STATE = Pattern.compile(
      "(?i).*\\b(?:confidential|private|personal|revised|updated|draft|amended)\\b.*");

  private static final String US_STATE = "(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|"
      + "Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|"
      + "Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|"
      + "New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
      + "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
      + "West Virginia|Wisconsin|Wyoming)";
  /** A US address's city before its state written out and a ZIP code: "Boulder, Colorado 80309". */
  private static final Pattern STATE_SPELLED_OUT = Pattern.compile(
      "(?:^|,\\s*)(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2}),\\s+(" + US_STATE + ")\\s+\\d{5}(?:-\\d{4})?\\s*$");
  /** A place whose last part is a US state written out: "Ontario, California", "Albuquerque, New Mexico 87102". */
  private static final Pattern IN_A_US_STATE = Pattern.compile(
      ",\\s*" + US_STATE + "\\.?(?:\\s+\\d{5}(?:-\\d{4})?)?\\s*$");
  /** A place whose last part is a US state's code: "Albuquerque, NM" ("Perth, WA" may be Australia's). */
  private static final Pattern IN_A_US_STATE_CODE = Pattern.compile(
      ",\\s*(?!AB|BC|MB|NB|NL|NS|ON|PE|QC|SK)" + STATE_CODE + "\\.?(?:\\s+\\d{5}(?:-\\d{4})?)?\\s*$");

  /**
   * Whether a letter's place ends in a US state's name ("Albuquerque, New Mexico", "Ontario, California"): a US
   * state's name or city may hold another country's place, and the state says which.
   */
  static boolean inUsState(String place) {
    return place.indexOf(',') >= 0 && IN_A_US_STATE.matcher(place).find();
  }

  /** Whether a letter's place ends in a US state's code ("Albuquerque, NM"); "WA" is also Western Australia's. */
  static boolean inUsStateCode(String place) {
    return place.indexOf(',') >= 0 && IN_A_US_STATE_CODE.matcher(place).find();
  }
  /** Words of an address that are no city: "Suite 4000", "PO Box 1234". */
  private static final Set<String> ADDRESS_WORDS = Set.of("Suite", "Level", "Floor", "Box", "Unit", "Street", "Road",
      "Avenue", "Building", "Tower", "Block", "Office", "Room", "Postfach", "Bus", "Parkway", "Pkwy", "Boulevard",
      "Blvd", "Drive", "Highway", "Hwy", "Lane", "Terrace");

  /**
   * The city of an address line ("2100 Market Street, Suite 400, Philadelphia, PA 19103", "Singapore 138632"), or
   * null: for a letter that names its place nowhere else, the address on its letterhead or under its signature.
   */
  /** "Mr. Tomas Novak", "Dr Ana Ruiz": a person named with a courtesy title, as an address block to them opens. */
  private static final Pattern COURTESY_NAME = Pattern.compile(
      "^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3}\\s*$");
  /** "Dear Tomas,", "Dear Ms. Ruiz": the greeting, its name after it. */
  private static final Pattern GREETING = Pattern.compile(
      "^(?:Dear|Hi|Hello)\\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+)?(\\p{Lu}[\\p{L}'’-]+)");

  /**
   * Whether the address line at {@code at} belongs to the block addressed to the candidate: a line above it names a
   * person with a courtesy title, or the person the greeting names.
   */
  static boolean toAddressee(List<String> sentences, int at) {
    String greeted = null;
    for (int i = 0; i < Math.min(sentences.size(), 14) && greeted == null; i++) {
      Matcher g = GREETING.matcher(sentences.get(i).strip());
      greeted = g.find() ? g.group(1) : null;
    }
    for (int i = at - 1; i >= Math.max(0, at - 4); i--) {
      String line = sentences.get(i).strip();
      if (COURTESY_NAME.matcher(line).matches()
          || greeted != null && line.startsWith(greeted + " ") && line.length() <= greeted.length() + 30
          && !line.contains(",")) {
        return true;
      }
    }
    return false;
  }

  static String addressOnly(String unit) {
    Matcher m = ADDRESS_CITY.matcher(unit);
    if (m.find()) {
      return m.group(1);
    }
    for (Pattern p : List.of(CANADIAN_POSTAL, BRAZILIAN_CEP, DUTCH_POSTCODE)) {
      m = p.matcher(unit);
      String[] words = m.find() ? m.group(1).split("[\\s-]+") : null;
      // "1200 NW Naito Parkway": a street after a US number and compass letters, never a Dutch postcode's city.
      if (words != null && !ADDRESS_WORDS.contains(words[0]) && !ADDRESS_WORDS.contains(words[words.length - 1])
          && !WEEKDAY.matcher(m.group(1)).matches()) {
        return m.group(1);
      }
    }
    m = STATE_SPELLED_OUT.matcher(unit);
    if (m.find()) {
      // "Boulder, Colorado 80309": the city with its state, not the state alone.
      return m.group(1) + ", " + m.group(2);
    }
    m = POSTAL_CITY.matcher(unit);
    if (!m.find()) {
      return null;
    }
    String city = m.group(1) != null ? m.group(1) : m.group(2);
    for (String word : city.split("[\\s-]+")) {
      if (ADDRESS_WORDS.contains(word)) {
        return null;
      }
    }
    return city;
  }

  /**
   * A name read at a sentence's end keeps its legal form's point only as the letter writes it elsewhere: "… with
   * Coral Sea Analytics Pty Ltd." under a letterhead "Coral Sea Analytics Pty Ltd" ends the sentence there.
   */
  static String pointAsWritten(String name, List<String> sentences) {
    if (!name.endsWith(".")) {
      return name;
    }
    String bare = name.substring(0, name.length() - 1);
    int with = 0;
    int without = 0;
    for (String sentence : sentences) {
      int at = sentence.indexOf(bare);
      while (at >= 0) {
        int after = at + bare.length();
        if (after < sentence.length() && sentence.charAt(after) == '.') {
          with += after + 1 < sentence.length() ? 1 : 0;
        } else if (after >= sentence.length() || !Character.isLetterOrDigit(sentence.charAt(after))) {
          without++;
        }
        at = sentence.indexOf(bare, after);
      }
    }
    return without > 0 && with == 0 ? bare : name;
  }

  /** A part of a university named as the employer: "the Department of Computer Science", "College of Engineering". */
  private static final Pattern ACADEMIC_UNIT = Pattern.compile(
      "^(?:(?i:the)\\s+)?(?:Department|Dept\\.?|School|College|Faculty|Division|Graduate School)\\s+of\\b");
  /** A university's or institute's name as its letterhead writes it: "Ridgeview State University", "University of Leeds". */
  private static final Pattern INSTITUTION = Pattern.compile(
      "^(?:The\\s+)?(?:\\p{Lu}[\\p{L}.&'-]*\\s+){0,4}(?:University|Institute|Polytechnic|College|Foundation|Hospital|Council)"
          + "(?:\\s+(?:of|for)(?:\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.&'-]*){1,4})?(?=\\s*$|,?\\s+\\d)"
          + "|^University\\s+of(?:\\s+\\p{Lu}[\\p{L}.&'-]*){1,4}(?=\\s*$|,?\\s+\\d)");

  /**
   * The university or institute on the letter's first lines, where the company read is a part of one ("On behalf of
   * the Department of Computer Science" under "Ridgeview State University") or none was read; else null.
   */
  static String institution(String company, List<String> firstLines) {
    if (company != null && !ACADEMIC_UNIT.matcher(company).lookingAt()) {
      return null;
    }
    for (String line : firstLines) {
      // The name alone on its line, or with the address a PDF ran into it ("… for Biomedical Research 450 Longwood").
      Matcher name = INSTITUTION.matcher(line.strip());
      if (name.lookingAt() && !ACADEMIC_UNIT.matcher(line.strip()).lookingAt()) {
        return name.group();
      }
    }
    return null;
  }

  /** A pension or benefit plan one joins ("the Universities Superannuation Scheme"), never the employer. */
  private static final Pattern BENEFIT_PLAN = Pattern.compile(
      "\\b(?:Scheme|Plan|Fund|Programme|Superannuation|Pension|Pensions|Kasse|Pensionskasse)(?:\\s*\\([^)]*\\))?$");

  /**
   * A quote's byline ("… alongside people.\" — Kettlewell Robotics"): a company only when the name reads as an
   * organisation's or has its legal form, since a quote is as often a person's.
   */
  private static final Pattern BYLINE = Pattern.compile("[\"”’]\\s*[—–]\\s*(?:The\\s+)?(?=\\p{Lu})");

  /** The company making the offer, or null. */
  static String company(String sentence) {
    if (sentence.indexOf('—') >= 0 || sentence.indexOf('–') >= 0) {
      Matcher byline = BYLINE.matcher(sentence);
      if (byline.find()) {
        String name = run(sentence, byline.end(), false);
        if (name != null && (ORGANISATION.matcher(" " + name).find() || legalName(name))) {
          return name;
        }
      }
    }
    for (Pattern cue : mayNameALegalForm(sentence) ? List.of(COMPANY, LEGAL_NAME_AFTER) : List.of(COMPANY)) {
      Matcher m = cue.matcher(sentence);
      while (m.find()) {
        // "Client: Harbor Logistics, LLC - Savannah, GA": the place after a form line's dash is no part of the name.
        String name = run(sentence, m.end(), false);
        name = name == null ? null : cutAt(name, " - ", " – ", " — ");
        if (name != null && !name.equals("Team") && !name.startsWith("Us") && !STATE_CODE_END.matcher(name).find()
            && !BENEFIT_PLAN.matcher(name).find()) {
          return name;
        }
      }
    }
    return null;
  }

  /**
   * A place with its state or province written like a legal form in capitals: "the Denver-Aurora-Greeley, CO area"
   * (Colorado, not "Co."), "Adelaide, SA", "Calgary, AB".
   */
  private static final Pattern STATE_CODE_END = Pattern.compile(",\\s+(?:CO|SA|AB|AS|NV|SE)$");

  /** The legal forms {@link #LEGAL_NAME_AFTER} looks for, as plain text: most sentences have none, and are not scanned. */
  private static final List<String> LEGAL_FORM_WORDS = LegalForms.literals();

  /** Whether the sentence writes a legal form at all ("Inc", "GmbH"), so a company named by it may be there. */
  static boolean mayNameALegalForm(String sentence) {
    for (String form : LEGAL_FORM_WORDS) {
      if (sentence.contains(form)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name ends in a legal form ("Cinderwell Technologies, Inc.", "Nordlicht Data GmbH"). */
  static boolean legalName(String name) {
    return LEGAL_END.matcher(name).find();
  }

  /** The capitalised words from {@code at}, joined by small words and commas; null if none. */
  private static String run(String s, int at, boolean title) {
    int i = at;
    int end = at;
    int n = s.length();
    while (i < n) {
      int wordEnd = i;
      while (wordEnd < n && !Character.isWhitespace(s.charAt(wordEnd)) && ",;()\"”’!?".indexOf(s.charAt(wordEnd)) < 0) {
        wordEnd++;
      }
      String word = s.substring(i, wordEnd);
      String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
      if (!title && i > at && word.startsWith("S.") && variableCapital(s, i) > 0) {
        // "Cactus Pay, S.A.P.I. de C.V.", "Nopal Analytics, S. de R.L. de C.V.": Mexico's forms end the name whole.
        end = i + variableCapital(s, i);
        break;
      }
      boolean capital = !bare.isEmpty() && (Character.isUpperCase(bare.charAt(0)) || Character.isDigit(bare.charAt(0))
          && title);
      if (capital && (i > at || !NOT_NAMES.contains(bare))) {
        // A legal form keeps its point as written: "Acme, Inc." is not "Acme, Inc".
        end = i + (word.endsWith(".") && LEGAL_POINT.matcher(word).matches() ? word.length() : bare.length());
      } else if (i > at && !title && lowerLegalForm(s, i) > 0) {
        // "Wisła Labs sp. z o.o.", "Jabuti Pagamentos ltda.": a legal form written in lower case, points and all.
        end = i + lowerLegalForm(s, i);
        break;
      } else if (i > at && !title && closesName(bare)) {
        // "with Thistle Bank plc, based at…": a legal form written in lower case ends the name it belongs to, its
        // point kept as written ("Logiciels Boréal inc.").
        end = i + (word.endsWith(".") ? word.length() : bare.length());
        break;
      } else if (title && i > at && bare.equals("in") && functionFollows(s, wordEnd)) {
        // "Senior Software Engineer in Payments": the team's work is the title's; a place after "in" ends it.
        i = wordEnd + 1;
        continue;
      } else if (!(JOINERS.contains(bare) && i > at) || bare.isEmpty()) {
        break;
      }
      // A name ends at a word with a period, unless it is an abbreviation inside a name ("Co.", "Pvt."); a closing
      // legal form ends it too: "Northwind Traders Corp. Below is a summary" names no "Below".
      if (word.endsWith(".") && (!isAbbreviation(bare) || closesName(bare))) {
        break;
      }
      i = wordEnd;
      if (!title && i < n && s.charAt(i) == ',' && LEGAL_END.matcher(bare).find()
          && !LEGAL_NEXT.matcher(s).region(i, n).lookingAt()) {
        // "Nordlicht Data GmbH, Speicherstraße 12": a legal form ends the name; the address after it is no part.
        break;
      }
      // ", " followed by a capital continues a name ("Toronto, Ontario"), but not ", I am pleased"; anything else
      // ends it.
      if (i < n && s.charAt(i) == ',' && i + 2 < n && s.charAt(i + 1) == ' '
          && Character.isUpperCase(s.charAt(i + 2)) && !pronounI(s, i + 2)) {
        i += 2;
      } else if (i < n && s.charAt(i) == ' ') {
        i++;
      } else {
        break;
      }
    }
    String name = trimName(s.substring(at, end));
    return name == null || name.isEmpty() ? null : name;
  }

  /** Whether the word after {@code at} names what a team does ("Payments", "Data Platform"), never a place. */
  private static boolean functionFollows(String s, int at) {
    int from = at;
    while (from < s.length() && s.charAt(from) == ' ') {
      from++;
    }
    int to = from;
    while (to < s.length() && (Character.isLetter(s.charAt(to)) || s.charAt(to) == '&' || s.charAt(to) == '-')) {
      to++;
    }
    return to > from && Character.isUpperCase(s.charAt(from))
        && TEAM_FUNCTIONS.contains(s.substring(from, to).toLowerCase(Locale.ROOT));
  }

  /** A Mexican company's form, "de C.V." (variable capital) after its kind: "S.A. de C.V.", "S. de R.L. de C.V.". */
  private static final Pattern MEXICAN_FORM = Pattern.compile(
      "S\\.\\s?(?:A\\.\\s?(?:P\\.\\s?I\\.\\s?)?|de\\s+R\\.\\s?L\\.\\s)\\s*de\\s+C\\.\\s?V\\.");

  /** The length of a Mexican legal form at {@code i}, or 0. */
  private static int variableCapital(String s, int i) {
    Matcher m = MEXICAN_FORM.matcher(s).region(i, s.length());
    return m.lookingAt() ? m.end() - i : 0;
  }

  private static final Pattern LOWER_LEGAL = Pattern.compile(
      "(?:sp\\.\\s?z\\s?o\\.\\s?o\\.|sp\\.\\s?[jk]\\.|s\\.r\\.o\\.|s\\.r\\.l\\.|s\\.p\\.a\\.|s\\.a\\.|a\\.s\\.|ltda\\.?|s\\.l\\.)(?=\\s|,|$)");

  /** The length of a legal form in lower case with its points at {@code i} ("sp. z o.o."), or 0. */
  private static int lowerLegalForm(String s, int i) {
    Matcher m = LOWER_LEGAL.matcher(s).region(i, s.length());
    return m.lookingAt() ? m.end() - i : 0;
  }

  /** "I am", "I'm", "I’d": the writer, never part of a name before it. */
  private static boolean pronounI(String s, int i) {
    return s.charAt(i) == 'I' && (i + 1 == s.length() || " '’".indexOf(s.charAt(i + 1)) >= 0);
  }

  /** A legal form that ends a company's name, in capitals or not: "… Traders Corp. Below", "Thistle Bank plc, based". */
  private static boolean closesName(String word) {
    return CLOSING_FORMS.contains(word.toLowerCase(Locale.ROOT));
  }


  private static boolean isAbbreviation(String word) {
    return word.equals("Inc") || word.equals("Ltd") || word.equals("Co") || word.equals("Corp") || word.equals("St")
        || word.equals("Pte") || word.equals("Pvt") || word.length() == 1;
  }

  private static String cutAt(String value, String... stops) {
    int cut = value.length();
    for (String stop : stops) {
      int at = value.toLowerCase(Locale.ROOT).indexOf(stop);
      if (at > 0) {
        cut = Math.min(cut, at);
      }
    }
    return value.substring(0, cut);
  }

  private static String trimName(String raw) {
    String name = raw.strip();
    while (!name.isEmpty() && ".,;:\"”’'“".indexOf(name.charAt(name.length() - 1)) >= 0
        && !LEGAL_POINT.matcher(name).find()) {
      name = name.substring(0, name.length() - 1).strip();
    }
    for (String suffix : new String[] {" and", " of", " &", " office", " Office", " offices", " Offices"}) {
      if (name.endsWith(suffix)) {
        name = name.substring(0, name.length() - suffix.length()).strip();
      }
    }
    return name.isEmpty() ? null : name;
  }
}
