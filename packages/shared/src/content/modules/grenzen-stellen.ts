import type { ModuleContent } from '../module-schema';
import { blocks, list } from './text';

export const grenzenStellen: ModuleContent = {
  slug: 'grenzen-stellen',
  title: 'Grenzen stellen bij eenzijdig contact',
  theme: 'grenzen',
  summary:
    'Voor contact waarin jij vooral geeft en luistert, en er weinig terugkomt. Je onderzoekt wat zo’n contact met je doet en je oefent met een grens die bij jou past.',
  estimatedMinutes: 30,
  contentNote:
    'In deze module denk je na over mensen die veel van je vragen. Dat kan oude pijn raken. Neem de tijd en sla over wat nu te veel is. Je mag altijd pauzeren of stoppen.',
  locale: 'nl',
  steps: [
    {
      id: 'als-het-een-kant-op-gaat',
      kind: 'explanation',
      title: 'Als contact maar één kant op gaat',
      body: blocks(
        'In een goed contact gaat het heen en weer. De ene keer heb jij meer nodig, de andere keer de ander. Dat hoort erbij.',
        'Soms raakt dat scheef. De ander vertelt en vertelt, maar vraagt niet hoe het met jou gaat. De ander zoekt steun bij jou, maar is er niet als jij het zwaar hebt. Jij bent vooral de luisteraar, de trooster of degene die het oplost.',
        'Dat noemen we hier **eenzijdig contact**. Van buiten lijkt het op nabijheid. Van binnen voel je je niet gezien.',
      ),
    },
    {
      id: 'waarom-het-zoveel-kost',
      kind: 'explanation',
      title: 'Waarom dit zoveel kan kosten',
      body: blocks(
        'Heb je vroeger vaak jezelf opzij moeten zetten? Dan kan dit soort contact extra zwaar zijn. Je lichaam herkent het oude gevoel: *ik tel hier niet mee*.',
        'Misschien ben je daarna nog dagen onrustig of uit je doen. Je voelt je leeg, trillerig of ver weg. Dat is geen aanstellerij. Je zenuwstelsel probeert je te beschermen.',
        'Er zijn ook begrijpelijke redenen waarom je toch blijft geven. Je bent trouw aan de ander. Je bent bang iemand kwijt te raken. Of je hebt ooit geleerd dat je pas iets waard bent als je iets doet voor een ander. Daar is niets mis mee. En jij mag er ook zijn.',
      ),
    },
    {
      id: 'signalen',
      kind: 'checklist',
      title: 'Signalen na contact',
      prompt:
        'Denk aan iemand met wie het contact zwaar voelt. Welke van deze dingen herken je? Vink aan wat past.',
      hint: 'Herken je er een paar? Dan is het contact misschien uit balans. Dat zegt niets over wat jij waard bent.',
      items: [
        { id: 'uitgeput', label: 'Na het contact ben ik moe of leeg, ook als het gezellig leek.' },
        {
          id: 'gesprek-draait-terug',
          label: 'Als ik iets over mezelf vertel, gaat het gesprek snel weer over de ander.',
        },
        { id: 'niet-opgemerkt', label: 'De ander merkt het niet als het met mij slecht gaat.' },
        {
          id: 'weg-uit-mezelf',
          label: 'Tijdens of na het contact raak ik een beetje weg: wazig, verdoofd of afwezig.',
        },
        { id: 'oude-pijn', label: 'Na het contact komen oude pijn of herinneringen terug.' },
        { id: 'gebruikt', label: 'Ik voel me eerder gebruikt dan gezien.' },
        { id: 'opzien-tegen', label: 'Ik zie op tegen het volgende bericht of telefoontje.' },
      ],
    },
    {
      id: 'geven-en-krijgen',
      kind: 'repeating-list',
      title: 'Geven en krijgen',
      prompt:
        'Kies een paar mensen met wie je vaak contact hebt. Schrijf per persoon op wat jij geeft en wat er terugkomt.',
      hint: 'Een voornaam of een letter is genoeg. Je hoeft niet alles in te vullen.',
      itemLabel: 'Persoon',
      fields: [
        { id: 'wie', label: 'Wie is het? (naam of letter)', kind: 'text', maxLength: 60 },
        {
          id: 'ik-geef',
          label: 'Wat geef ik aan deze persoon?',
          kind: 'textarea',
          maxLength: 1000,
        },
        { id: 'ik-krijg', label: 'Wat krijg ik terug?', kind: 'textarea', maxLength: 1000 },
        {
          id: 'balans',
          label: 'Hoe is de balans?',
          kind: 'scale',
          min: 1,
          max: 5,
          minLabel: 'Vooral ik geef',
          maxLabel: 'Vooral ik krijg',
        },
      ],
      maxItems: 15,
      privateByDefault: false,
    },
    {
      id: 'vijf-stappen',
      kind: 'explanation',
      title: 'Vijf stappen naar een grens',
      body: blocks(
        'Een grens stellen gaat meestal in kleine stappen. Je hoeft ze niet allemaal tegelijk te zetten, en niet in één week.',
        list(
          '**Neem je gevoel serieus.** Wat jij voelt, is echt. Je bent niet te gevoelig.',
          '**Zeg wat je merkt.** Bijvoorbeeld met een zin die begint met *ik merk dat…*',
          '**Kijk hoe de ander reageert.** Iemand die jou serieus neemt, luistert en denkt mee. Iemand die vooral iets van je wil halen, wordt vaak boos, gaat zich verdedigen of laat niets meer van zich horen.',
          '**Kies voor jezelf.** Het is oké om afstand te nemen van contact dat je schaadt. Ook als de ander het niet slecht bedoelt.',
          '**Zoek contact dat twee kanten op gaat.** Waar jij ook mag vertellen, en waar er naar je geluisterd wordt.',
        ),
      ),
    },
    {
      id: 'wat-voel-ik',
      kind: 'reflection',
      title: 'Wat voel jij?',
      prompt:
        'Denk aan één contact dat uit balans voelt. Wat voel je als je eraan denkt? Schrijf het op zoals het is, zonder het mooier of kleiner te maken.',
      hint: 'Bijvoorbeeld: moe, boos, verdrietig, schuldig, of opgelucht als het weer voorbij is. Alles mag er zijn.',
      maxLength: 2000,
    },
    {
      id: 'mijn-grenszin',
      kind: 'reflection',
      title: 'Jouw eigen grenszin',
      prompt:
        'Schrijf een zin die je tegen deze persoon zou kunnen zeggen. Begin met ‘Ik merk dat…’ en zeg daarna wat jij nodig hebt.',
      hint: 'Houd het kort en blijf bij jezelf. Je hoeft de zin nog niet te gebruiken: opschrijven is al een stap.',
      placeholder:
        'Ik merk dat ik na onze gesprekken heel moe ben. Ik wil ook iets over mijn eigen week kunnen vertellen.',
      maxLength: 1000,
    },
    {
      id: 'hoe-laten-weten',
      kind: 'choice',
      prompt: 'Hoe zou je je grens het liefst laten weten?',
      multiple: true,
      options: [
        { id: 'gesprek', label: 'In een gesprek' },
        { id: 'bericht', label: 'In een bericht of brief' },
        { id: 'telefoon', label: 'Aan de telefoon' },
        { id: 'eerst-oefenen', label: 'Ik oefen het eerst met mijn therapeut' },
        { id: 'nog-niet', label: 'Ik wil het nu nog niet zeggen' },
      ],
      allowOther: true,
      otherLabel: 'Anders, namelijk',
    },
    {
      id: 'energie-voor',
      kind: 'scale',
      title: 'Check na contact',
      prompt: 'Hoeveel energie had je vlak voor het contact?',
      hint: 'Doe deze check na een ontmoeting, gesprek of bericht. Je kunt hem vaker invullen, bij verschillende mensen.',
      min: 0,
      max: 10,
      minLabel: 'Helemaal leeg',
      maxLabel: 'Vol energie',
    },
    {
      id: 'energie-na',
      kind: 'scale',
      prompt: 'En hoeveel energie heb je nu, na het contact?',
      min: 0,
      max: 10,
      minLabel: 'Helemaal leeg',
      maxLabel: 'Vol energie',
    },
    {
      id: 'weg-tijdens-contact',
      kind: 'choice',
      prompt:
        'Raakte je tijdens of na het contact weg uit jezelf? Bijvoorbeeld wazig, verdoofd, of alsof je er niet helemaal bij was.',
      multiple: false,
      options: [
        { id: 'nee', label: 'Nee' },
        { id: 'een-beetje', label: 'Een beetje' },
        { id: 'duidelijk', label: 'Ja, duidelijk' },
        { id: 'weet-niet', label: 'Dat weet ik niet goed' },
      ],
    },
    {
      id: 'dagen-uit-balans',
      kind: 'scale',
      prompt: 'Hoeveel dagen was je daarna uit balans?',
      min: 0,
      max: 14,
      minLabel: 'Geen enkele dag',
      maxLabel: 'Twee weken of langer',
    },
    {
      id: 'reacties-op-mijn-grens',
      kind: 'repeating-list',
      title: 'Hoe reageerden mensen?',
      prompt:
        'Heb je een grens laten weten? Schrijf op hoe het ging. Na een tijdje zie je zo wie echt naar je luistert.',
      itemLabel: 'Keer',
      fields: [
        { id: 'wie', label: 'Bij wie?', kind: 'text', maxLength: 60 },
        { id: 'wat-zei-ik', label: 'Wat zei ik?', kind: 'textarea', maxLength: 1000 },
        { id: 'reactie', label: 'Hoe reageerde de ander?', kind: 'textarea', maxLength: 1000 },
        {
          id: 'gevoel-daarna',
          label: 'Hoe voelde ik me daarna?',
          kind: 'scale',
          min: 0,
          max: 10,
          minLabel: 'Heel naar',
          maxLabel: 'Heel goed',
        },
      ],
      maxItems: 30,
      privateByDefault: false,
    },
    {
      id: 'tot-slot',
      kind: 'explanation',
      title: 'Tot slot',
      body: blocks(
        'Je hoeft vandaag niets op te lossen. Alleen al zien hoe een contact je raakt, is een belangrijke stap.',
        'Wil je iets hiervan bespreken? Markeer het dan voor je volgende sessie. Jij kiest wat je therapeut te zien krijgt.',
      ),
    },
  ],
};
