import type { ModuleContent } from '../module-schema';
import { blocks, list } from './text';

export const duivelseDialogen: ModuleContent = {
  slug: 'duivelse-dialogen',
  title: 'Duivelse dialogen en pijnplekken',
  theme: 'relatie',
  summary:
    'Over de ruzie die steeds op dezelfde manier loopt: de een gaat erachteraan, de ander trekt zich terug. Je kijkt naar je eigen stappen, je pijnplekken en waar je eigenlijk naar verlangt.',
  estimatedMinutes: 35,
  contentNote:
    'Deze module gaat over pijnlijke momenten in een relatie. Het gaat niet om schuld, niet bij jou en niet bij de ander. Ben je bang voor je partner, of is er geweld? Bespreek dan eerst met je therapeut of deze module nu past. Je mag altijd pauzeren of stoppen.',
  locale: 'nl',
  steps: [
    {
      id: 'ruzie-als-protest',
      kind: 'explanation',
      title: 'Ruzie als roep om verbinding',
      body: blocks(
        'Iedereen heeft een paar mensen nodig bij wie hij of zij zich veilig voelt. Als het contact met zo iemand wankelt, gaat er van binnen een alarm af. *Ben je er nog voor mij? Tel ik voor jou?*',
        'Wat daarna komt, ziet er vaak uit als boosheid of kou. Toch gaat het daaronder meestal om iets anders: de angst om de ander te verliezen. Verwijten, eisen en kritiek zijn dan eigenlijk een protest. Ze zeggen: *kom terug, zie mij*.',
      ),
    },
    {
      id: 'de-dans',
      kind: 'explanation',
      title: 'De dans van erachteraan gaan en terugtrekken',
      body: blocks(
        'Bij veel stellen loopt een ruzie steeds volgens hetzelfde patroon:',
        list(
          'De een **gaat erachteraan**: vraagt, verwijt, wordt luider en wil een reactie. Het maakt bijna niet uit welke.',
          'De ander **trekt zich terug**: wordt stil, klapt dicht, loopt weg of doet alsof het niets uitmaakt.',
        ),
        'Hoe harder de een trekt, hoe verder de ander wegloopt. En hoe verder de ander wegloopt, hoe harder de een gaat trekken. Beide reacties komen uit dezelfde angst: de verbinding kwijtraken.',
        'We noemen dit een **duivelse dialoog**. Niet omdat een van jullie slecht is: het patroon heeft jullie allebei te pakken.',
      ),
    },
    {
      id: 'het-patroon-is-de-tegenstander',
      kind: 'explanation',
      title: 'Het patroon is de tegenstander',
      body: blocks(
        'In een duivelse dialoog gaat het al snel over wie gelijk heeft. *Kijk nou wat jij doet.* Maar zolang jullie elkaar de schuld geven, blijft het rondje draaien.',
        'Er kan pas iets veranderen als jullie samen naar het patroon kijken, in plaats van naar elkaar. Dan is niet de ander de vijand, maar de dans waar jullie steeds weer in belanden.',
      ),
    },
    {
      id: 'mijn-rol',
      kind: 'choice',
      prompt: 'Wat doe jij meestal als het spannend wordt tussen jullie?',
      multiple: false,
      options: [
        {
          id: 'erachteraan',
          label: 'Ik ga erachteraan: ik wil praten, een reactie, een oplossing',
        },
        { id: 'terugtrekken', label: 'Ik trek me terug: ik word stil, klap dicht of ga weg' },
        { id: 'wisselend', label: 'Dat wisselt' },
        { id: 'weet-niet', label: 'Dat weet ik niet goed' },
      ],
      allowOther: true,
      otherLabel: 'Iets anders',
    },
    {
      id: 'mijn-deel',
      kind: 'reflection',
      title: 'Jouw deel van de dans',
      prompt:
        'Denk aan de laatste keer dat jullie in dit patroon terechtkwamen. Wat deed jij, en wat deed de ander daarna?',
      hint: 'Het gaat niet om schuld. Je kijkt naar je eigen stappen, omdat je daar zelf iets aan kunt veranderen.',
      maxLength: 3000,
    },
    {
      id: 'pijnplekken',
      kind: 'explanation',
      title: 'Pijnplekken',
      body: blocks(
        'Bijna iedereen heeft een plek waar het extra gevoelig is. Een oude wond, vaak ontstaan toen je als kind of in eerdere relaties keer op keer niet gezien, niet getroost of alleen gelaten werd.',
        'Raakt iemand die plek, dan reageer je veel sterker dan de situatie lijkt te vragen. Een zucht, een blik die wegkijkt, een scherpe toon: het is genoeg om het alarm te laten afgaan. Vaak weet je niet eens dat die plek er is.',
        'Onder boosheid en terugtrekken zitten meestal zachtere gevoelens: verdriet, schaamte en vooral angst.',
      ),
    },
    {
      id: 'wat-raakt-mij',
      kind: 'checklist',
      prompt: 'Wat raakt bij jou een pijnplek? Vink aan wat je herkent.',
      items: [
        { id: 'niet-gezien', label: 'Als ik me niet gezien of gehoord voel' },
        { id: 'alleen-gelaten', label: 'Als ik me alleen gelaten voel' },
        { id: 'kritiek', label: 'Als ik kritiek hoor, of een kritische toon' },
        { id: 'afgewezen', label: 'Als de ander zich afwendt terwijl ik dichtbij wil zijn' },
        { id: 'niet-genoeg', label: 'Als ik het gevoel krijg dat ik niet goed genoeg ben' },
        { id: 'geen-invloed', label: 'Als ik het gevoel heb dat ik nergens invloed op heb' },
        { id: 'vergeten', label: 'Als iets wat belangrijk is voor mij wordt vergeten' },
      ],
    },
    {
      id: 'van-vroeger',
      kind: 'reflection',
      contentNote:
        'Deze vraag kan herinneringen oproepen. Sla hem gerust over als dat nu beter voelt.',
      prompt:
        'Ken je dit gevoel van vroeger? Wanneer voelde je het voor het eerst, of het sterkst?',
      maxLength: 2000,
    },
    {
      id: 'hoe-hard-het-alarm',
      kind: 'scale',
      prompt: 'Hoe hard gaat je alarm meestal af als die plek geraakt wordt?',
      min: 0,
      max: 10,
      minLabel: 'Zachtjes',
      maxLabel: 'Heel hard',
    },
    {
      id: 'waar-verlang-ik-naar',
      kind: 'choice',
      title: 'Wat je eigenlijk nodig hebt',
      prompt:
        'Als je onder de boosheid of de stilte kijkt: waar verlang je dan naar? Kies wat past.',
      multiple: true,
      options: [
        { id: 'gezien', label: 'Gezien en gehoord worden' },
        { id: 'getroost', label: 'Getroost worden' },
        { id: 'gerustgesteld', label: 'Weten dat de ander blijft' },
        { id: 'gewaardeerd', label: 'Gewaardeerd worden om wie ik ben' },
        { id: 'samen', label: 'Het gevoel dat we een team zijn' },
        { id: 'ruimte', label: 'Ruimte krijgen zonder dat het contact weg is' },
      ],
      allowOther: true,
      otherLabel: 'Iets anders',
    },
    {
      id: 'zachte-zin',
      kind: 'reflection',
      prompt:
        'Probeer je verlangen in een zachte zin te zetten. Begin met ‘Ik…’ in plaats van ‘Jij…’.',
      hint: 'Je hoeft deze zin niet te gebruiken. Opschrijven helpt al om te voelen wat eronder zit.',
      placeholder: 'Ik word bang als je stil wordt. Ik wil graag weten dat je er nog bent.',
      maxLength: 1000,
    },
    {
      id: 'samen-of-alleen',
      kind: 'explanation',
      title: 'Delen of voor jezelf houden',
      body: blocks(
        'Je kunt wat je hier ontdekt voor jezelf houden, of het op een rustig moment delen met je partner of iemand anders die je dierbaar is. Midden in een ruzie is daar meestal geen goed moment voor.',
        'Je therapeut kan je helpen kiezen wat je wilt delen, en hoe.',
      ),
    },
  ],
};
