import type { ModuleContent } from '../module-schema';
import { blocks, list } from './text';

export const verbindingsstijlen: ModuleContent = {
  slug: 'verbindingsstijlen',
  title: 'Vier manieren van verbinden',
  theme: 'verbinding',
  summary:
    'Hoe je als kind leerde verbinden, werkt vaak door in je relaties nu. Je verkent vier verbindingsstijlen en kiest wat jij zou willen oefenen. Een verkenning, geen uitslag.',
  estimatedMinutes: 25,
  contentNote:
    'Deze module kan herinneringen aan je jeugd en je ouders oproepen. Lees in kleine stukjes, pauzeer wanneer je wilt en let op je lichaam.',
  locale: 'nl',
  steps: [
    {
      id: 'hoe-we-leren-verbinden',
      kind: 'explanation',
      title: 'Hoe we leren verbinden',
      body: blocks(
        'Als kind leer je van de mensen om je heen hoe contact werkt. Komt er iemand als je huilt? Word je getroost? Mag je boos zijn? Wat je toen leerde, neem je vaak mee naar je relaties als volwassene.',
        'Hieronder lees je over vier stijlen. Het zijn geen hokjes. De meeste mensen herkennen iets van meer dan één stijl. Bij je moeder kan het anders gaan dan bij je vader, bij een partner anders dan bij vrienden.',
        'Een stijl ligt ook niet vast. Veilig verbinden kun je later in je leven nog leren.',
      ),
    },
    {
      id: 'veilig',
      kind: 'explanation',
      title: 'Veilig verbinden',
      body: blocks(
        'Als er genoeg iemand voor je was, leer je dat anderen te vertrouwen zijn en dat jij er mag zijn. Perfecte ouders zijn daar niet voor nodig. Goed genoeg is genoeg.',
        'Mensen die veilig verbinden:',
        list(
          'kunnen dichtbij zijn én alleen zijn;',
          'zeggen wat ze nodig hebben;',
          'kunnen sorry zeggen en een sorry aannemen;',
          'gaan eerder weg uit een relatie die hen schaadt.',
        ),
        '**Wat je kunt oefenen:** merk de momenten op waarop contact wél veilig voelt, en blijf daar even bij.',
      ),
    },
    {
      id: 'angstig',
      kind: 'explanation',
      title: 'Angstig verbinden',
      body: blocks(
        'Was er soms wel iemand voor je, en soms ineens niet? Dan leer je goed opletten. Is de ander er nog? Heb ik iets fout gedaan?',
        'Je zet de ander vaak op de eerste plaats en je eigen wensen achteraan. De diepste angst is dat de ander je in de steek laat. Liefde ontvangen kan lastig zijn, omdat je al bang bent dat ze weer ophoudt.',
        '**Wat je kunt oefenen:** contact houden met je eigen lichaam en gevoel, ook als je bij een ander bent. Jezelf leren kalmeren, niet alleen via de ander. Stap voor stap steun en zorg aannemen als die er is.',
      ),
    },
    {
      id: 'vermijdend',
      kind: 'explanation',
      title: 'Vermijdend verbinden',
      body: blocks(
        'Was er vroeger weinig ruimte voor wat jij nodig had? Dan leer je om weinig te vragen. Je regelt het liever zelf. Relaties lijken dan niet zo belangrijk, en gevoelens houd je op afstand.',
        'Dichtbij komen kan benauwd of kwetsbaar voelen. Misschien heb je veel contacten, maar laat je maar weinig mensen echt binnen.',
        '**Wat je kunt oefenen:** woorden vinden voor wat je voelt. Je lichaam leren voelen. Op je eigen snelheid mensen opzoeken die veilig zijn. En merken dat iets nodig hebben mag.',
      ),
    },
    {
      id: 'wisselend',
      kind: 'explanation',
      title: 'Wisselend of verward verbinden',
      body: blocks(
        'Waren de mensen bij wie je veiligheid moest vinden ook de mensen die je bang maakten? Dan zit je klem. Je wilt naar de ander toe én je wilt weg. Die twee bewegingen wisselen elkaar snel af, of je blijft er stil tussenin hangen.',
        'Het is dan moeilijk om te weten wie je kunt vertrouwen. Je stemming kan ineens omslaan, en soms raak je weg uit je lichaam. Dat betekent niet dat je gek bent. Het is een logische reactie op iets wat veel te veel was.',
        '**Wat je kunt oefenen:** zowel je verlangen naar contact als je behoefte om je te beschermen serieus nemen. Werken met een vaste therapeut die je kunt leren vertrouwen. Een veilige plek en een beschermer in je verbeelding. En alles langzaam, binnen wat je aankunt.',
      ),
    },
    {
      id: 'welke-herken-ik',
      kind: 'choice',
      prompt: 'Welke stijl of stijlen herken je bij jezelf? Kies er zoveel als je wilt.',
      hint: 'Dit is geen test. Er komt geen uitslag: het gaat om wat jij herkent.',
      multiple: true,
      options: [
        { id: 'veilig', label: 'Veilig' },
        { id: 'angstig', label: 'Angstig' },
        { id: 'vermijdend', label: 'Vermijdend' },
        { id: 'wisselend', label: 'Wisselend of verward' },
        { id: 'weet-niet', label: 'Ik weet het (nog) niet' },
      ],
    },
    {
      id: 'bij-wie-anders',
      kind: 'reflection',
      prompt:
        'Reageer je bij sommige mensen anders dan bij anderen? Bijvoorbeeld bij je moeder, je vader, een partner of vrienden? Beschrijf wat je opvalt.',
      maxLength: 2000,
    },
    {
      id: 'wat-wil-ik-oefenen',
      kind: 'choice',
      prompt: 'Wat zou je de komende tijd willen oefenen?',
      multiple: true,
      options: [
        { id: 'voelen', label: 'Beter voelen wat ik nodig heb' },
        { id: 'vragen', label: 'Vragen om wat ik nodig heb' },
        { id: 'ontvangen', label: 'Steun en zorg aannemen als die er is' },
        { id: 'bij-mezelf-blijven', label: 'Bij mezelf blijven als ik bij een ander ben' },
        { id: 'alleen-zijn', label: 'Alleen zijn zonder in paniek te raken' },
        { id: 'afstand-nemen', label: 'Afstand nemen als iets niet goed voor me is' },
        { id: 'lichaam', label: 'Mijn lichaam beter voelen' },
      ],
      allowOther: true,
      otherLabel: 'Iets anders',
    },
    {
      id: 'kleine-stap',
      kind: 'reflection',
      prompt: 'Welke kleine stap wil je deze week zetten? Hoe klein ook.',
      placeholder:
        'Bijvoorbeeld: één keer tegen een vriendin zeggen dat ik het fijn vind dat ze belt.',
      maxLength: 1000,
    },
    {
      id: 'mild-zijn',
      kind: 'explanation',
      title: 'Wees mild voor jezelf',
      body: blocks(
        'Je manier van verbinden is ooit ontstaan om je te beschermen. Het was een slimme oplossing voor een moeilijke situatie.',
        'Nu mag je, stap voor stap, uitproberen wat er nog meer kan. Dat gaat niet in één keer, en dat is prima.',
      ),
    },
  ],
};
