import type { ModuleContent } from '../module-schema';
import { blocks, list } from './text';

export const aantrekkenEnAfstoten: ModuleContent = {
  slug: 'aantrekken-en-afstoten',
  title: 'Aantrekken en afstoten',
  theme: 'verbinding',
  summary:
    'Soms wil je dichtbij zijn en duw je de ander toch weg. Je leert die beweging zien als bescherming, en je schrijft zinnen die contact houden terwijl je om ruimte vraagt.',
  estimatedMinutes: 25,
  contentNote:
    'Deze module gaat over nabijheid en afstand. Dat kan gevoelig liggen. Je mag altijd pauzeren of stoppen.',
  locale: 'nl',
  steps: [
    {
      id: 'dichtbij-en-weg',
      kind: 'explanation',
      title: 'Dichtbij willen, en toch weg',
      body: blocks(
        'Ieder mens verlangt naar anderen die dichtbij zijn. Maar als nabijheid vroeger ook pijn bracht, kan je lichaam schrikken zodra iemand echt dichtbij komt. Je wilt contact, en tegelijk gaat er een alarm af.',
        'Daarna volgt vaak een beweging weg van de ander. Dat is geen slecht karakter en ook geen onwil. Het is een zenuwstelsel dat heeft geleerd dat dichtbij gevaarlijk kan zijn, en dat je probeert te beschermen.',
      ),
    },
    {
      id: 'hoe-wegduwen-eruitziet',
      kind: 'explanation',
      title: 'Hoe wegduwen eruit kan zien',
      body: blocks(
        'Wegduwen heeft veel vormen:',
        list(
          '**Afstand maken met woorden:** snel geïrriteerd raken, kritiek geven, ruzie zoeken, scherp uit de hoek komen.',
          '**Je terugtrekken:** niet meer reageren, het luchtig houden, er met je hoofd niet bij zijn, ineens verdwijnen.',
          '**Wisselende signalen:** eerst heel open en dichtbij, daarna opeens koel of ver weg.',
        ),
        'Voor de ander kan het voelen als afwijzing. Voor jou is het vaak een manier om je weer veilig te voelen.',
      ),
    },
    {
      id: 'wat-herken-ik',
      kind: 'checklist',
      prompt: 'Wat herken je bij jezelf als iemand dichtbij komt?',
      items: [
        { id: 'geirriteerd', label: 'Ik raak geïrriteerd of boos, soms om iets kleins.' },
        { id: 'fouten-zoeken', label: 'Ik ga letten op wat er niet klopt aan de ander.' },
        { id: 'niet-reageren', label: 'Ik reageer niet meer op berichten.' },
        {
          id: 'luchtig-houden',
          label: 'Ik houd het gesprek luchtig, zodat het niet te diep gaat.',
        },
        { id: 'ver-weg', label: 'Ik ben er wel, maar voel me ver weg.' },
        { id: 'wel-en-niet', label: 'Eerst wil ik heel graag, en even later juist niet meer.' },
        { id: 'weg-willen', label: 'Ik wil ineens weg, of ik zoek een reden om te gaan.' },
        {
          id: 'lichaam',
          label: 'Mijn lichaam reageert: een strakke buik, een snelle adem, koude handen.',
        },
      ],
    },
    {
      id: 'hoe-sterk',
      kind: 'scale',
      prompt: 'Hoe sterk is die beweging weg van de ander, meestal?',
      min: 0,
      max: 10,
      minLabel: 'Nauwelijks',
      maxLabel: 'Heel sterk',
    },
    {
      id: 'een-moment',
      kind: 'reflection',
      prompt:
        'Denk aan een moment waarop je iemand op afstand hield, terwijl je eigenlijk naar contact verlangde. Wat gebeurde er vlak daarvoor? Wat voelde je in je lichaam?',
      hint: 'Kijk met zachte ogen naar jezelf. Je probeerde jezelf te beschermen.',
      maxLength: 2000,
    },
    {
      id: 'wat-het-met-de-ander-doet',
      kind: 'explanation',
      title: 'Wat het met de ander doet',
      body: blocks(
        'De ander kan jouw afstand opvatten als: je wilt mij niet. Dan trekt die zich misschien ook terug. En dat bevestigt juist waar jij bang voor was.',
        'Zo kom je samen in een rondje terecht waarin niemand zich veilig voelt, terwijl geen van beiden de ander kwijt wil. Het helpt als je de beweging leert herkennen en er woorden aan geeft.',
      ),
    },
    {
      id: 'ruimte-vragen',
      kind: 'explanation',
      title: 'Ruimte vragen zonder de deur dicht te doen',
      body: blocks(
        'Je mag ruimte nodig hebben. Het helpt jou en de ander als je dat zegt, in plaats van ineens te verdwijnen. Een zin die contact houdt, zegt twee dingen tegelijk: *ik heb even afstand nodig* en *ik laat je niet los*.',
        'Bijvoorbeeld:',
        list(
          '*Het wordt me even te veel. Ik ga een stuk lopen en ik bel je vanavond.*',
          '*Ik vind het fijn dat je er bent. Ik heb nu wel wat meer ruimte nodig.*',
          '*Het ligt niet aan jou. Ik raak even overspoeld en kom er morgen op terug.*',
        ),
      ),
    },
    {
      id: 'mijn-zin',
      kind: 'reflection',
      title: 'Jouw eigen zin',
      prompt:
        'Schrijf een zin die jij zou kunnen zeggen als je ruimte nodig hebt, maar het contact wilt houden.',
      hint: 'Zeg wat je nodig hebt, en wanneer of hoe je terugkomt.',
      placeholder: 'Ik heb even tijd voor mezelf nodig. Morgen laat ik van me horen.',
      maxLength: 500,
    },
    {
      id: 'bij-wie',
      kind: 'choice',
      prompt: 'Bij wie zou je zo’n zin willen gebruiken?',
      multiple: true,
      options: [
        { id: 'partner', label: 'Mijn partner' },
        { id: 'vriend', label: 'Een vriend of vriendin' },
        { id: 'familie', label: 'Iemand uit mijn familie' },
        { id: 'therapeut', label: 'Mijn therapeut' },
        { id: 'collega', label: 'Een collega' },
        { id: 'weet-niet', label: 'Dat weet ik nog niet' },
      ],
      allowOther: true,
      otherLabel: 'Iemand anders',
    },
    {
      id: 'hoe-spannend',
      kind: 'scale',
      prompt: 'Hoe spannend is het om die zin echt te zeggen?',
      min: 0,
      max: 10,
      minLabel: 'Helemaal niet spannend',
      maxLabel: 'Heel spannend',
    },
    {
      id: 'stap-voor-stap',
      kind: 'explanation',
      title: 'Stap voor stap',
      body: blocks(
        'Je hoeft de beweging niet meteen te stoppen. Alleen al merken *o, nu duw ik weg* is een grote stap. Elke keer dat je een zin gebruikt in plaats van te verdwijnen, leert je lichaam dat afstand en verbinding samen kunnen gaan.',
        'Ben jij juist degene die wordt weggeduwd? Dan kun je laten merken dat je er bent, zonder te trekken. En zonder over je eigen grens te gaan.',
      ),
    },
  ],
};
