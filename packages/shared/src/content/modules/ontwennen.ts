import { SELF_TEST_DISCLAIMER, type ModuleContent } from '../module-schema';
import { blocks, list } from './text';

export const ontwennen: ModuleContent = {
  slug: 'ontwennen',
  title: 'Ontwennen van een traumaband',
  theme: 'traumabinding',
  summary:
    'Voor als je weet dat een relatie je pijn doet, en je toch steeds terug wilt. Je leert het trekken herkennen, zoekt nieuwe bronnen van rust en houdt je eigen FEITEN-lijst bij.',
  estimatedMinutes: 40,
  contentNote:
    'Deze module gaat over een relatie die je pijn heeft gedaan. Sommige vragen kunnen herinneringen of sterke gevoelens oproepen. Doe alleen wat nu past. Je mag altijd pauzeren of stoppen, en later verdergaan.',
  locale: 'nl',
  steps: [
    {
      id: 'vastzitten',
      kind: 'explanation',
      title: 'Vastzitten aan iemand die je pijn doet',
      body: blocks(
        'Soms weet je met je verstand allang dat een relatie niet goed voor je is. En toch blijf je aan de ander denken. Je verlangt terug, je twijfelt, misschien ga je zelfs terug.',
        'Dat komt niet doordat je zwak of dom bent. Als iemand de ene keer warm is en de andere keer koud of hard, raak je juist sterker aan die persoon gebonden. Een goed moment voelt dan als een enorme opluchting. Die opluchting lijkt op veiligheid, maar vaak is het vooral: de spanning houdt even op.',
        'Een sterke band met iemand die je ook beschadigt, noemen we een **traumaband**. Je hoeft je er niet voor te schamen. Schaamte maakt het loskomen alleen maar moeilijker.',
      ),
    },
    {
      id: 'stoppen-is-stoppen',
      kind: 'explanation',
      title: 'Stoppen is stoppen',
      body: blocks(
        'Loskomen van een traumaband lijkt op afkicken. Half stoppen werkt meestal niet. Elk appje, elke blik op een profiel en elk ‘laatste’ gesprek houdt de band levend.',
        'Dat klinkt streng. Het is ook eerlijk. Je hoeft het niet perfect te doen. Gaat het een keer mis, dan begin je gewoon opnieuw, zonder jezelf te straffen.',
        'Denk je: *nog één keer praten en dan laat ik het los*? Zo’n gesprek geeft zelden de rust die je zoekt. Vaker brengt het nieuwe twijfel.',
      ),
    },
    {
      id: 'ontwenningsgedachten',
      kind: 'explanation',
      title: 'Gedachten die bij ontwennen horen',
      body: blocks(
        'Als je afstand neemt, komen er gedachten die je terug willen trekken. Bijvoorbeeld:',
        list(
          '*Misschien overdrijf ik.*',
          '*Zo erg was het nu ook weer niet.*',
          '*Misschien was het ook mijn schuld.*',
          '*Ik mis de goede kant van hem of haar.*',
        ),
        'Zulke gedachten voelen heel echt. Toch zijn ze vooral een teken van **ontwenning**: je systeem was gewend geraakt aan het heen en weer. Iemand missen zegt iets over gewoonte, niet over hoe goed de relatie voor je was.',
      ),
    },
    {
      id: 'mijn-gedachten',
      kind: 'reflection',
      title: 'Jouw gedachten',
      prompt:
        'Welke gedachten komen bij jou op als je de ander mist? Schrijf ze op. Je kunt er in gedachten bij zeggen: dit is ontwenning, niet de waarheid.',
      maxLength: 2000,
    },
    {
      id: 'wanneer-trekt-het',
      kind: 'choice',
      title: 'Wanneer trekt het?',
      prompt: 'Op welke momenten wil je het sterkst contact zoeken?',
      hint: 'Vaak zijn het momenten van spanning, leegte of onzekerheid. Je hoofd zoekt dan de oude weg naar rust.',
      multiple: true,
      options: [
        { id: 'spanning', label: 'Als ik gespannen of onrustig ben' },
        { id: 'leegte', label: 'Als ik me leeg of alleen voel' },
        { id: 'onzekerheid', label: 'Als ik aan mezelf twijfel' },
        { id: 'moe', label: 'Als ik moe ben of slecht heb geslapen' },
        { id: 'tijdstip', label: 'Op vaste momenten, bijvoorbeeld ’s avonds of in het weekend' },
        {
          id: 'herinnering',
          label: 'Als iets me aan de ander doet denken: een liedje, een plek, een datum',
        },
      ],
      allowOther: true,
      otherLabel: 'Een ander moment',
    },
    {
      id: 'bronnen-van-rust',
      kind: 'checklist',
      title: 'Nieuwe bronnen van rust',
      prompt:
        'Je zenuwstelsel zoekt rust. Waar kun jij die vinden, los van de ander? Vink aan wat je deze week wilt proberen.',
      hint: 'Dit is geen luxe, het hoort bij je herstel. Klein beginnen is genoeg.',
      items: [
        { id: 'veilige-mensen', label: 'Tijd met iemand bij wie ik me veilig voel' },
        { id: 'ritme', label: 'Een vast ritme: opstaan, eten en slapen rond dezelfde tijd' },
        { id: 'bewegen', label: 'Bewegen: wandelen, fietsen, dansen of rekken' },
        { id: 'buiten', label: 'Even naar buiten voor frisse lucht' },
        { id: 'slaap-en-eten', label: 'Goed zorgen voor mijn slaap en mijn eten' },
        { id: 'muziek', label: 'Muziek luisteren of zelf muziek maken' },
        { id: 'natuur', label: 'Tijd in de natuur of bij dieren' },
        { id: 'werk', label: 'Werk of taken waarbij ik merk dat ik iets kan' },
        { id: 'maken', label: 'Iets maken: tekenen, koken, schrijven of klussen' },
      ],
    },
    {
      id: 'feiten-uitleg',
      kind: 'explanation',
      title: 'Je eigen FEITEN-lijst',
      body: blocks(
        'Als je afstand neemt, gaat je hoofd het verleden vaak mooier maken. De warme momenten blijven hangen en de pijn wordt vaag.',
        'Een FEITEN-lijst helpt je om bij wat er echt gebeurde te blijven. Je schrijft het zo concreet mogelijk op. Niet om jezelf pijn te doen, maar zodat je het later kunt teruglezen.',
        'Deze lijst is **alleen voor jou**. Hij staat standaard op privé. Je therapeut ziet hem alleen als jij daar zelf voor kiest.',
      ),
    },
    {
      id: 'feiten',
      kind: 'repeating-list',
      title: 'FEITEN',
      contentNote:
        'Bij deze lijst denk je terug aan moeilijke momenten. Schrijf alleen op wat je nu aankunt. Wordt het te veel, stop dan en doe eerst iets dat je rustig maakt.',
      prompt:
        'Schrijf steeds één gebeurtenis op. Je hoeft niet alle vakjes in te vullen. Merk je later dat je hoofd de ander weer mooier maakt? Lees deze lijst dan terug.',
      itemLabel: 'Gebeurtenis',
      fields: [
        {
          id: 'wat-gebeurde-er',
          label: 'Wat gebeurde er? Zo concreet mogelijk.',
          kind: 'textarea',
          maxLength: 2000,
        },
        { id: 'hoe-voelde-het', label: 'Hoe voelde ik me?', kind: 'textarea', maxLength: 1000 },
        {
          id: 'wat-praatte-ik-goed',
          label: 'Wat praatte ik goed?',
          kind: 'textarea',
          maxLength: 1000,
        },
        {
          id: 'zelfbeeld',
          label: 'Wat deed het met hoe ik over mezelf denk?',
          kind: 'textarea',
          maxLength: 1000,
        },
        {
          id: 'wat-kostte-het',
          label:
            'Wat kostte het me? Bijvoorbeeld slaap, rust, vriendschappen, geld of zelfrespect.',
          kind: 'textarea',
          maxLength: 1000,
        },
        {
          id: 'toen-ik-een-grens-stelde',
          label: 'Wat gebeurde er toen ik een grens stelde?',
          kind: 'textarea',
          maxLength: 1000,
        },
      ],
      maxItems: 50,
      privateByDefault: true,
    },
    {
      id: 'spiegel',
      kind: 'self-test',
      title: 'Een spiegel',
      prompt: 'Hoe goed passen deze zinnen bij jou, op dit moment?',
      intro:
        'Lees elke zin en kies wat het beste past. Er zijn geen goede of foute antwoorden. Je mag zinnen overslaan. Een uitkomst zie je alleen als je alle zinnen hebt ingevuld.',
      items: [
        {
          id: 'zorgen-om-vriend',
          statement:
            'Als een goede vriend of vriendin deze relatie had, zou ik me zorgen om hem of haar maken.',
        },
        {
          id: 'in-bescherming-nemen',
          statement: 'Ik neem de ander vaak in bescherming als mensen om me heen kritisch zijn.',
        },
        {
          id: 'niemand-snapt-het',
          statement: 'Ik heb vaak het gevoel dat anderen niet begrijpen hoe het tussen ons zit.',
        },
        {
          id: 'afstand-lukt-niet',
          statement:
            'Ik weet dat afstand beter voor me is, maar het lukt me niet om die te houden.',
        },
        {
          id: 'onrustig-zonder-contact',
          statement: 'Zonder contact word ik onrustig, voel ik me leeg of raak ik in paniek.',
        },
        {
          id: 'stemming-lezen',
          statement:
            'Ik let steeds op de stemming van de ander: een toon, een stilte, een berichtje.',
        },
        {
          id: 'opluchting',
          statement: 'Een lief bericht na een nare periode voelt als een enorme opluchting.',
        },
        {
          id: 'aan-mij-liggen',
          statement: 'Als het misgaat, denk ik al snel dat het aan mij ligt.',
        },
        {
          id: 'zoals-in-het-begin',
          statement: 'Ik blijf hopen dat het weer wordt zoals in het begin.',
        },
      ],
      answerOptions: [
        { value: 0, label: 'Past niet' },
        { value: 1, label: 'Past een beetje' },
        { value: 2, label: 'Past grotendeels' },
        { value: 3, label: 'Past helemaal' },
      ],
      scoring: { method: 'sum' },
      bands: [
        {
          min: 0,
          max: 6,
          title: 'Je herkent er weinig van',
          text: 'Op dit moment passen de meeste zinnen niet zo bij je. Fijn als dat klopt. Merk je later toch iets, dan kun je deze spiegel opnieuw invullen.',
        },
        {
          min: 7,
          max: 15,
          title: 'Je herkent een deel',
          text: 'Een aantal zinnen past bij je. Misschien trekt de band op sommige momenten, en op andere minder. Kijk welke zinnen je het meest raken. Je kunt ze meenemen naar je therapeut als je wilt.',
        },
        {
          min: 16,
          max: 27,
          title: 'Je herkent er veel van',
          text: 'Veel zinnen passen bij je. De band houdt je nu misschien stevig vast. Dat is niet jouw schuld, en je hoeft het niet alleen te doen. Praat erover met je therapeut, als je dat wilt.',
        },
      ],
      disclaimer: SELF_TEST_DISCLAIMER,
    },
    {
      id: 'als-de-drang-komt',
      kind: 'guided-practice',
      title: 'Als de drang komt',
      intro:
        'Voor het moment dat je een bericht wilt sturen of wilt bellen. Het duurt een paar minuten. Je kunt op elk moment stoppen.',
      instructions: [
        'Merk op: de drang is er. Je hoeft er nu niets mee te doen.',
        'Zet je voeten op de grond. Voel waar je lichaam de stoel of de vloer raakt.',
        'Adem rustig uit, langer dan je inademt. Doe dat een paar keer.',
        'Zeg tegen jezelf: dit is ontwenning. Het zakt weer.',
        'Lees je FEITEN-lijst terug, of kijk naar één zin die je daar schreef.',
        'Kies iets uit je bronnen van rust en doe dat nu, al is het maar vijf minuten.',
        'Wacht met een bericht. Kijk over een kwartier opnieuw hoe sterk de drang dan is.',
      ],
      timerSeconds: 300,
      measureTension: true,
    },
    {
      id: 'drang-logboek',
      kind: 'repeating-list',
      title: 'Drang-logboek',
      prompt:
        'Schrijf op wanneer de drang kwam en wat je toen deed. Zo zie je na een tijdje wat jou helpt.',
      itemLabel: 'Moment',
      fields: [
        { id: 'wanneer', label: 'Wanneer was het?', kind: 'text', maxLength: 100 },
        {
          id: 'drang',
          label: 'Hoe sterk was de drang?',
          kind: 'scale',
          min: 0,
          max: 10,
          minLabel: 'Geen drang',
          maxLabel: 'Heel sterk',
        },
        { id: 'aanleiding', label: 'Wat ging eraan vooraf?', kind: 'text', maxLength: 300 },
        {
          id: 'wat-deed-ik',
          label: 'Wat deed ik in plaats van contact zoeken? Of wat gebeurde er?',
          kind: 'textarea',
          maxLength: 1000,
        },
      ],
      maxItems: 50,
      privateByDefault: false,
    },
    {
      id: 'als-rust-saai-voelt',
      kind: 'explanation',
      title: 'Als rust saai voelt',
      body: blocks(
        'Heb je lang in spanning geleefd? Dan kan een rustig leven eerst vreemd voelen, of zelfs saai. Er is dan niets mis met jou. Je lichaam moet nog wennen aan veiligheid die blijft.',
        'Je hoeft dit niet alleen te doen. De meeste mensen hebben hulp nodig om los te komen. Dat is geen falen, dat is gewoon menselijk.',
      ),
    },
  ],
};
