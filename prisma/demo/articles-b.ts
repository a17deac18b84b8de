import type { DemoArticle } from './types';

export const articlesB: DemoArticle[] = [
  // 1. Long report (used to measure page weight for a ~1,000-word article).
  {
    key: 'b-long-report-freedom-of-movement',
    sourceLocale: 'en',
    category: 'reports',
    tags: ['migrants', 'turkey'],
    authors: ['maral-annayeva'],
    publishedAt: '2023-06-20T07:00:00Z',
    cover: 'airport-hall',
    translations: {
      en: {
        status: 'published',
        title: 'Neither leaving nor returning: how Turkmen citizens are denied freedom of movement',
        summary:
          'Expired passports, consulates that refuse renewals and unexplained exit bans leave thousands of Turkmen citizens stranded abroad or unable to leave home. This report describes the pattern and sets out what Ashgabat and host countries should do.',
        seoDescription:
          'Expired passports, refused renewals at consulates and secret exit bans: how Turkmen citizens lose the right to travel, with recommendations.',
        body: [
          {
            type: 'p',
            text: 'Over the past three years the Turkmenistan Helsinki Foundation has received hundreds of messages from Turkmen citizens who cannot travel freely. Some of them live abroad and cannot renew their passports; others are at home and are turned back at the border without any explanation. This report is based on 46 interviews conducted between October 2022 and May 2023 with people in Turkey, in Russia and, remotely, inside Turkmenistan. At their request, we do not publish the names of any of the people we interviewed: speaking to a human rights organisation can put their relatives at risk.',
          },
          { type: 'h2', text: 'A right that exists on paper' },
          {
            type: 'p',
            text: 'The right to leave any country, including one’s own, is set out in Article 12 of the International Covenant on Civil and Political Rights, to which Turkmenistan acceded in 1997. The Constitution of Turkmenistan also guarantees citizens freedom of movement and the free choice of their place of residence. Under international law, this right may be restricted only when the restriction is provided by law and is necessary to protect national security, public order, public health or the rights and freedoms of others. Even then, the restriction must be proportionate and open to challenge. In practice, none of the people we spoke to had ever been shown a legal basis for the decisions that affected them, and none had received a written reason.',
          },
          { type: 'h2', text: 'Passports that run out' },
          {
            type: 'p',
            text: 'Turkmenistan began issuing biometric passports in 2008, valid for ten years. As a result, the passports of many citizens who left the country in search of work during the following decade expired between 2018 and 2023. For a migrant, an expired passport is not a minor formality. In Turkey, where tens of thousands of Turkmen citizens live and work, a residence permit cannot be extended without a valid national passport. Once the permit lapses, the person is considered to be staying irregularly: they may be fined, they cannot work legally, sign a rental contract or open a bank account, and they can be detained and deported.',
          },
          {
            type: 'p',
            text: 'Every migrant in Turkey whom we interviewed had tried to renew their passport through the Embassy of Turkmenistan in Ankara or the Consulate General in Istanbul. Most were told that new passports are issued only inside Turkmenistan and that they should go home to apply. Several were asked to fill in a form and wait; months later they had still received no answer. Others were told that applications would be accepted only from people who could bring a certificate from their place of residence in Turkmenistan confirming that they had “no problems”. Relatives at home say that such a document is impossible to obtain.',
          },
          {
            type: 'quote',
            text: '“I stood in the queue at the consulate from five in the morning. When I reached the window, the employee did not even take my papers. He said: ‘Go home, they will give you a passport there.’ But everyone knows that whoever goes home may not be allowed to leave again,” a construction worker in Istanbul told us.',
          },
          {
            type: 'p',
            text: 'Migrants therefore face an impossible choice: to live abroad without documents, or to return to a country they may not be able to leave a second time. Many of our interviewees send money home to support their parents and children. For them, being stuck in Turkmenistan without work, in a country where wages are low and jobs are scarce, would mean poverty for the whole family.',
          },
          { type: 'h2', text: 'Tighter checks in host countries' },
          {
            type: 'p',
            text: 'The problem has become more acute as host countries have tightened migration control. In 2022 and 2023 the Turkish authorities stepped up checks on foreigners without valid residence permits in Istanbul and other large cities, and inspections of workplaces and hostels became more frequent. Several interviewees said that, for fear of being stopped, they now avoid public transport and rarely leave their own neighbourhood. Those who are detained are placed in removal centres, where they can remain for weeks while their cases are decided.',
          },
          {
            type: 'p',
            text: 'A student in Istanbul described how his university registration was cancelled after his passport expired and he could no longer renew his residence permit. “I have finished three years of my degree, and now I cannot even prove who I am,” he said. Students are in a particularly difficult position: many of them left Turkmenistan legally, with the permission of the authorities, but cannot complete their studies because the state that issued their passport refuses to renew it.',
          },
          { type: 'h2', text: 'Turned back at the airport' },
          {
            type: 'p',
            text: 'The second part of the problem lies at the border. People inside Turkmenistan and those who had recently left described a practice that is widely known in the country: travellers pass the first checks at Ashgabat International Airport and are then taken aside by officers of the State Migration Service, who tell them that they are “not allowed to leave”. No reason is given, no document is issued and there is no procedure for appeal. Many people learn about a ban only after buying their tickets, and the money is rarely refunded.',
          },
          {
            type: 'p',
            text: 'According to our interviewees, bans most often affect relatives of people who have criticised the authorities from abroad, former civil servants, young men of conscription age, students who wish to enrol at foreign universities and, at various times, young women travelling alone. A woman from Mary province said that her son, a student, had been taken off a flight to Istanbul three times in one year. On the fourth attempt he was allowed to board, again without any explanation.',
          },
          {
            type: 'p',
            text: 'Domestic controls add to the pressure. Residents told us that before travelling abroad they have to collect several certificates from the local authorities and from their employer. Families who have previously complained to international organisations say that they are watched more closely and that their applications take longer to process.',
          },
          { type: 'h2', text: 'Families split apart' },
          {
            type: 'p',
            text: 'The combined effect of these practices is that thousands of families are divided. Parents working abroad miss the weddings and funerals of their relatives because they fear being trapped at home. Children grow up with their grandparents and see their mothers and fathers only on video calls. A nurse working in Antalya told us that she had not seen her two daughters for six years: her passport expired in 2019, and she has lived without a residence permit ever since.',
          },
          {
            type: 'p',
            text: 'Children born abroad face a further obstacle. To register a child as a citizen of Turkmenistan, parents must apply to a consulate with valid documents of their own. When a parent’s passport has expired, the child often remains without any document at all. Such children have difficulty enrolling in school and receiving medical care, and they are at risk of statelessness.',
          },
          { type: 'h2', text: 'What we found' },
          { type: 'p', text: 'The main findings of our interviews are as follows:' },
          {
            type: 'ul',
            items: [
              'None of the 46 people we interviewed had received a written decision explaining why their passport was not renewed or why they were stopped at the border.',
              'Thirty-one live abroad with an expired passport or with a passport that will expire within a year.',
              'Eleven said that they or a close relative had been prevented from boarding a flight out of Turkmenistan at least once since 2020.',
              'Nine had been detained in a host country because their documents were out of date; four of them were deported or threatened with deportation.',
              'Almost all said that local officials had visited or summoned their relatives at home after their situation became known.',
            ],
          },
          { type: 'h2', text: 'Recommendations to the Government of Turkmenistan' },
          {
            type: 'ol',
            items: [
              'Resume the issuing and renewal of passports at all embassies and consulates, without requiring applicants to return to Turkmenistan.',
              'Publish the legal grounds and the procedure for any restriction on leaving the country, notify every person concerned in writing and guarantee an effective right of appeal to a court.',
              'Abolish unofficial lists of people barred from travel and stop punishing the relatives of citizens who criticise the authorities.',
              'Register children born abroad on the basis of their birth certificates, regardless of the status of their parents’ documents.',
              'Invite the UN Special Rapporteur on the human rights of migrants and respond to the outstanding requests of other UN special procedures.',
            ],
          },
          { type: 'h2', text: 'Recommendations to host countries' },
          {
            type: 'ol',
            items: [
              'Do not detain or deport Turkmen citizens solely because their national passport has expired, and recognise that they are unable to renew it through no fault of their own.',
              'Issue temporary residence permits or travel documents to people who cannot obtain a passport from their own state.',
              'Before any return to Turkmenistan, assess the risk of persecution individually, in line with the principle of non-refoulement.',
              'Raise passport renewals and exit bans in bilateral talks with Ashgabat, as well as at the OSCE and the United Nations.',
            ],
          },
          {
            type: 'p',
            text: 'The right to leave one’s own country is not a favour granted by officials. As long as passports are withheld and exit bans are imposed in secret, Turkmen citizens at home and abroad will remain hostages of an arbitrary system. The Turkmenistan Helsinki Foundation will continue to document these cases and invites everyone affected to contact us in a safe way.',
          },
        ],
      },
      ru: {
        status: 'published',
        title: 'Ни уехать, ни вернуться: как граждан Туркменистана лишают свободы передвижения',
        summary:
          'Просроченные паспорта, отказы консульств в замене документов и необъяснимые запреты на выезд оставляют тысячи граждан Туркменистана без документов за границей или взаперти на родине. В докладе описана эта практика и даны рекомендации Ашхабаду и принимающим странам.',
        seoDescription:
          'Просроченные паспорта, отказы консульств и тайные запреты на выезд: как граждане Туркменистана теряют право на передвижение. Доклад и рекомендации.',
        body: [
          {
            type: 'p',
            text: 'За последние три года Туркменский Хельсинкский фонд получил сотни обращений от граждан Туркменистана, которые не могут свободно передвигаться. Одни из них живут за границей и не могут обменять паспорт; другие находятся на родине, и их без всяких объяснений разворачивают на границе. Доклад основан на 46 интервью, которые мы провели с октября 2022 по май 2023 года с людьми в Турции, в России и — дистанционно — внутри Туркменистана. По просьбе собеседников мы не публикуем ничьих имён: разговор с правозащитной организацией может поставить под удар их родственников.',
          },
          { type: 'h2', text: 'Право, которое существует на бумаге' },
          {
            type: 'p',
            text: 'Право покидать любую страну, включая свою собственную, закреплено в статье 12 Международного пакта о гражданских и политических правах, к которому Туркменистан присоединился в 1997 году. Конституция Туркменистана также гарантирует гражданам свободу передвижения и свободный выбор места жительства. Согласно международному праву, это право может ограничиваться только в том случае, если ограничение предусмотрено законом и необходимо для охраны государственной безопасности, общественного порядка, здоровья населения или прав и свобод других людей. Но даже тогда ограничение должно быть соразмерным, и его должно быть можно обжаловать. На практике ни одному из наших собеседников так и не показали правового основания решений, которые их коснулись, и ни один из них не получил письменного объяснения.',
          },
          { type: 'h2', text: 'Паспорта, срок которых истекает' },
          {
            type: 'p',
            text: 'Туркменистан начал выдавать биометрические паспорта в 2008 году, сроком на десять лет. В результате у многих граждан, уехавших из страны на заработки в следующее десятилетие, паспорта истекли в период с 2018 по 2023 год. Для мигранта просроченный паспорт — вовсе не мелкая формальность. В Турции, где живут и работают десятки тысяч граждан Туркменистана, вид на жительство невозможно продлить без действующего национального паспорта. Как только срок разрешения истекает, человек считается находящимся в стране незаконно: его могут оштрафовать, он не может легально работать, заключить договор аренды или открыть банковский счёт, его могут задержать и депортировать.',
          },
          {
            type: 'p',
            text: 'Все мигранты в Турции, с которыми мы говорили, пытались обменять паспорт через посольство Туркменистана в Анкаре или генеральное консульство в Стамбуле. Большинству ответили, что новые паспорта выдаются только внутри Туркменистана и что за ними нужно ехать домой. Нескольким предложили заполнить анкету и ждать; спустя месяцы ответа они так и не получили. Другим сказали, что заявления принимаются только у тех, кто сможет принести справку с места жительства в Туркменистане о том, что у них «нет проблем». Родственники на родине говорят, что получить такой документ невозможно.',
          },
          {
            type: 'quote',
            text: '«Я стоял в очереди у консульства с пяти утра. Когда я дошёл до окошка, сотрудник даже не взял мои документы. Он сказал: „Езжай домой, там тебе дадут паспорт“. Но все знают: кто уехал домой, того могут больше не выпустить», — рассказал нам строительный рабочий в Стамбуле.',
          },
          {
            type: 'p',
            text: 'Таким образом, мигранты оказываются перед невозможным выбором: жить за границей без документов или вернуться в страну, из которой их могут больше не выпустить. Многие наши собеседники отправляют деньги домой, чтобы содержать родителей и детей. Для них оказаться запертыми в Туркменистане без работы, в стране, где зарплаты низкие, а рабочих мест мало, означало бы нищету для всей семьи.',
          },
          { type: 'h2', text: 'Ужесточение проверок в принимающих странах' },
          {
            type: 'p',
            text: 'Проблема обострилась, когда принимающие страны ужесточили миграционный контроль. В 2022 и 2023 годах турецкие власти усилили проверки иностранцев без действующего вида на жительство в Стамбуле и других крупных городах, а рейды на рабочие места и в общежития стали чаще. Несколько собеседников рассказали, что из страха быть остановленными они теперь избегают общественного транспорта и почти не выходят за пределы своего района. Задержанных помещают в центры депортации, где они могут находиться неделями, пока решается их дело.',
          },
          {
            type: 'p',
            text: 'Студент в Стамбуле рассказал, как его отчислили из университета после того, как истёк срок паспорта и он больше не смог продлить вид на жительство. «Я отучился три курса, а теперь не могу даже доказать, кто я такой», — говорит он. Студенты находятся в особенно тяжёлом положении: многие из них уехали из Туркменистана законно, с разрешения властей, но не могут закончить учёбу, потому что государство, выдавшее им паспорт, отказывается его обменять.',
          },
          { type: 'h2', text: 'Развёрнутые в аэропорту' },
          {
            type: 'p',
            text: 'Вторая часть проблемы — на границе. Люди внутри Туркменистана и те, кто недавно уехал, описали практику, хорошо известную в стране: пассажиры проходят первые проверки в Международном аэропорту Ашхабада, после чего сотрудники Государственной миграционной службы отводят их в сторону и сообщают, что им «выезд не разрешён». Причину не называют, никаких документов не выдают, порядка обжалования не существует. Многие узнают о запрете только после покупки билетов, а деньги за них возвращают редко.',
          },
          {
            type: 'p',
            text: 'По словам наших собеседников, чаще всего запреты касаются родственников людей, критиковавших власти из-за рубежа, бывших государственных служащих, молодых мужчин призывного возраста, студентов, желающих поступить в зарубежные университеты, а в отдельные периоды — и молодых женщин, путешествующих в одиночку. Женщина из Марыйского велаята рассказала, что её сына-студента за один год трижды снимали с рейса в Стамбул. С четвёртой попытки ему позволили сесть в самолёт — снова без всяких объяснений.',
          },
          {
            type: 'p',
            text: 'Давление усиливает и внутренний контроль. Жители рассказали нам, что перед поездкой за границу им приходится собирать несколько справок в местных органах власти и у работодателя. Семьи, которые раньше обращались с жалобами в международные организации, говорят, что за ними следят пристальнее, а их заявления рассматривают дольше.',
          },
          { type: 'h2', text: 'Разделённые семьи' },
          {
            type: 'p',
            text: 'В результате всех этих практик тысячи семей оказываются разделены. Родители, работающие за границей, пропускают свадьбы и похороны близких, потому что боятся оказаться запертыми дома. Дети растут с бабушками и дедушками и видят мам и пап только по видеосвязи. Медсестра, работающая в Анталье, рассказала нам, что не видела двух своих дочерей шесть лет: срок её паспорта истёк в 2019 году, и с тех пор она живёт без вида на жительство.',
          },
          {
            type: 'p',
            text: 'Дети, родившиеся за границей, сталкиваются с ещё одним препятствием. Чтобы зарегистрировать ребёнка как гражданина Туркменистана, родители должны обратиться в консульство с собственными действующими документами. Если паспорт одного из родителей просрочен, ребёнок часто остаётся вообще без документов. Такие дети с трудом попадают в школу и получают медицинскую помощь, и им грозит безгражданство.',
          },
          { type: 'h2', text: 'Что мы выяснили' },
          { type: 'p', text: 'Основные выводы наших интервью таковы:' },
          {
            type: 'ul',
            items: [
              'Ни один из 46 опрошенных не получил письменного решения с объяснением, почему ему не обменяли паспорт или почему его остановили на границе.',
              'Тридцать один человек живёт за границей с просроченным паспортом или с паспортом, срок которого истекает в течение года.',
              'Одиннадцать человек рассказали, что с 2020 года их самих или их близких родственников хотя бы раз не пустили на рейс из Туркменистана.',
              'Девять человек задерживали в принимающей стране из-за просроченных документов; четырёх из них депортировали или угрожали депортацией.',
              'Почти все сообщили, что после того, как их положение стало известно, местные чиновники приходили к их родственникам на родине или вызывали их.',
            ],
          },
          { type: 'h2', text: 'Рекомендации правительству Туркменистана' },
          {
            type: 'ol',
            items: [
              'Возобновить выдачу и обмен паспортов во всех посольствах и консульствах, не требуя от заявителей возвращаться в Туркменистан.',
              'Опубликовать правовые основания и порядок любых ограничений на выезд из страны, письменно уведомлять каждого, кого они касаются, и гарантировать действенное право на обжалование в суде.',
              'Упразднить неофициальные списки лиц, которым запрещён выезд, и прекратить преследование родственников граждан, критикующих власти.',
              'Регистрировать детей, родившихся за границей, на основании свидетельств о рождении, независимо от состояния документов их родителей.',
              'Пригласить Специального докладчика ООН по правам человека мигрантов и ответить на давно поданные запросы других специальных процедур ООН.',
            ],
          },
          { type: 'h2', text: 'Рекомендации принимающим странам' },
          {
            type: 'ol',
            items: [
              'Не задерживать и не депортировать граждан Туркменистана только из-за того, что истёк срок их национального паспорта, и признать, что они не могут обменять его не по своей вине.',
              'Выдавать временные виды на жительство или проездные документы людям, которые не могут получить паспорт у собственного государства.',
              'Перед любым возвращением в Туркменистан индивидуально оценивать риск преследования в соответствии с принципом невысылки.',
              'Поднимать вопросы обмена паспортов и запретов на выезд на двусторонних переговорах с Ашхабадом, а также в ОБСЕ и ООН.',
            ],
          },
          {
            type: 'p',
            text: 'Право покинуть собственную страну — не милость, которую оказывают чиновники. Пока паспорта удерживают, а запреты на выезд вводят тайно, граждане Туркменистана на родине и за рубежом будут оставаться заложниками произвола. Туркменский Хельсинкский фонд продолжит документировать такие случаи и призывает всех, кого это коснулось, безопасным способом связаться с нами.',
          },
        ],
      },
      tk: {
        status: 'published',
        title: 'Gitmek hem, gaýdyp gelmek hem kyn: türkmen raýatlary hereket azatlygyndan nädip mahrum edilýär',
        summary:
          'Möhleti geçen pasportlar, olary täzelemekden ýüz öwürýän konsullyklar we düşündirişsiz çykyş gadagançylyklary müňlerçe türkmen raýatyny daşary ýurtda resminamasyz ýa-da öz ýurdunda çykyp bilmezden goýýar. Hasabatda bu tejribe beýan edilýär we Aşgabada hem-de kabul edýän ýurtlara teklipler berilýär.',
        seoDescription:
          'Möhleti geçen pasportlar, konsullyklaryň ýüz öwürmegi we gizlin çykyş gadagançylyklary: türkmen raýatlarynyň hereket azatlygy barada hasabat.',
        body: [
          {
            type: 'p',
            text: 'Soňky üç ýylyň dowamynda Türkmen Helsinki Gaznasy erkin syýahat edip bilmeýän türkmen raýatlaryndan ýüzlerçe ýüzlenme aldy. Olaryň käbiri daşary ýurtda ýaşaýar we pasportyny täzeläp bilmeýär; beýlekileri bolsa öz ýurdunda bolup, serhetde hiç hili düşündiriş berilmezden yzyna gaýtarylýar. Bu hasabat 2022-nji ýylyň oktýabryndan 2023-nji ýylyň maýyna çenli Türkiýede, Russiýada we uzakdan aragatnaşyk arkaly Türkmenistanyň içinde ýaşaýan adamlar bilen geçiren 46 söhbetdeşligimize esaslanýar. Söhbetdeşlerimiziň haýyşy boýunça olaryň hiç biriniň adyny çap etmeýäris: adam hukuklary guramasy bilen gürleşmek olaryň garyndaşlaryny howp astynda goýup biler.',
          },
          { type: 'h2', text: 'Diňe kagyz ýüzünde bar bolan hukuk' },
          {
            type: 'p',
            text: 'Islendik ýurtdan, şol sanda öz ýurduňdan çykmak hukugy Türkmenistanyň 1997-nji ýylda goşulan Raýat we syýasy hukuklar hakyndaky halkara paktynyň 12-nji maddasynda berkidilendir. Türkmenistanyň Konstitusiýasy hem raýatlara hereket azatlygyny we ýaşaýan ýerini erkin saýlamak hukugyny kepillendirýär. Halkara hukugyna laýyklykda, bu hukuk diňe çäklendirme kanunda göz öňünde tutulan we milli howpsuzlygy, jemgyýetçilik tertibini, ilatyň saglygyny ýa-da beýleki adamlaryň hukuklaryny we azatlyklaryny goramak üçin zerur bolan halatynda çäklendirilip bilner. Şeýle ýagdaýda-da çäklendirme deňölçegli bolmaly we oňa şikaýat etmek mümkinçiligi bolmaly. Hakykatda biziň gürleşen adamlarymyzyň hiç birine özüne degişli kararlaryň hukuk esasy görkezilmändir we hiç biri ýazmaça düşündiriş almandyr.',
          },
          { type: 'h2', text: 'Möhleti gutarýan pasportlar' },
          {
            type: 'p',
            text: 'Türkmenistan 2008-nji ýylda on ýyl möhletli biometrik pasportlary bermäge başlady. Netijede, soňky on ýylyň dowamynda iş gözläp ýurtdan giden köp raýatlaryň pasportlarynyň möhleti 2018–2023-nji ýyllar aralygynda gutardy. Migrant üçin möhleti geçen pasport ownuk resmiçilik däldir. On müňlerçe türkmen raýatynyň ýaşaýan we işleýän ýurdy bolan Türkiýede hereket edýän milli pasport bolmasa, ýaşamak üçin ygtyýarnamany uzaltmak mümkin däl. Ygtyýarnamanyň möhleti gutaran badyna adam ýurtda bikanun ýaşaýan hasaplanýar: oňa jerime salnyp bilner, ol kanuny işläp, kärende şertnamasyna gol çekip ýa-da bankda hasap açyp bilmeýär, şeýle hem ony tussag edip, ýurtdan deport edip bilerler.',
          },
          {
            type: 'p',
            text: 'Türkiýede söhbetdeş bolan migrantlarymyzyň hemmesi pasportyny Türkmenistanyň Ankaradaky ilçihanasy ýa-da Stambuldaky Baş konsullygy arkaly täzelemäge synanyşypdyr. Olaryň köpüsine täze pasportlaryň diňe Türkmenistanyň içinde berilýändigini we resminamalary tabşyrmak üçin öýe gaýtmalydygyny aýdypdyrlar. Käbirlerinden anketa doldurmagy we garaşmagy haýyş edipdirler; birnäçe aý geçse-de, olar henizem jogap almandyrlar. Beýlekilere bolsa arzalaryň diňe Türkmenistandaky ýaşaýan ýerinden «hiç hili meselesiniň ýokdugyny» tassyklaýan güwänama getirip bilýänlerden kabul ediljekdigini aýdypdyrlar. Öýdäki garyndaşlar beýle resminamany almagyň mümkin däldigini aýdýarlar.',
          },
          {
            type: 'quote',
            text: '«Konsullygyň öňünde irden sagat bäşden bäri nobatda durdum. Penjirä ýetenimde, işgär resminamalarymy almak hem islemedi. Ol: “Öýüňe git, pasporty şol ýerde bererler” diýdi. Emma öýe gaýdan adamyň yzyna goýberilmezligi hem mümkindigini hemme kişi bilýär» — diýip, Stambulda işleýän bir gurluşykçy bize gürrüň berdi.',
          },
          {
            type: 'p',
            text: 'Şeýlelikde, migrantlar mümkin bolmadyk saýlawyň öňünde galýarlar: ýa daşary ýurtda resminamasyz ýaşamaly, ýa-da ikinji gezek çykyp bilmejek ýurduna gaýdyp barmaly. Söhbetdeşlerimiziň köpüsi ene-atasyny we çagalaryny eklemek üçin öýe pul iberýär. Olar üçin zähmet hakynyň pes we iş ýerleriniň az bolan Türkmenistanda işsiz galmak tutuş maşgalanyň garyplyga düşmegini aňladýar.',
          },
          { type: 'h2', text: 'Kabul edýän ýurtlarda berkidilen barlaglar' },
          {
            type: 'p',
            text: 'Kabul edýän ýurtlaryň migrasiýa gözegçiligini güýçlendirmegi bilen mesele has-da ýitileşdi. 2022-nji we 2023-nji ýyllarda Türkiýäniň häkimiýetleri Stambulda we beýleki iri şäherlerde hereket edýän ýaşamak üçin ygtyýarnamasy bolmadyk daşary ýurtlulary barlamagy güýçlendirdi, iş ýerlerinde we ýatakhanalarda geçirilýän barlaglar hem ýygjamlaşdy. Birnäçe söhbetdeşimiz saklanmakdan gorkup, indi jemgyýetçilik ulagyna münmekden gaça durýandyklaryny we öz ýaşaýan etrabyndan kän daşlaşmaýandyklaryny aýtdylar. Saklananlar deport ediş merkezlerine ýerleşdirilýär we olaryň işine seredilýänçä ol ýerde birnäçe hepdeläp galyp bilýärler.',
          },
          {
            type: 'p',
            text: 'Stambulda okaýan bir talyp pasportynyň möhleti gutaryp, ýaşamak üçin ygtyýarnamasyny uzaldyp bilmänsoň, uniwersitetden çykarylandygyny gürrüň berdi. «Men okuwymyň üç ýylyny tamamladym, indi bolsa kimdigimi hem subut edip bilemok» diýip, ol aýtdy. Talyplar aýratyn kyn ýagdaýda galýarlar: olaryň köpüsi Türkmenistandan häkimiýetleriň rugsady bilen kanuny ýol bilen çykdy, emma pasporty beren döwlet ony täzelemekden ýüz öwürýänligi sebäpli okuwyny tamamlap bilmeýär.',
          },
          { type: 'h2', text: 'Howa menzilinden yzyna gaýtarylýanlar' },
          {
            type: 'p',
            text: 'Meseläniň ikinji bölegi serhetde ýüze çykýar. Türkmenistanyň içindäki we ýakynda ýurtdan çykan adamlar ýurtda giňden mälim bolan bir tejribäni beýan etdiler: ýolagçylar Aşgabadyň halkara howa menzilinde ilkinji barlaglardan geçýärler, soňra Döwlet migrasiýa gullugynyň işgärleri olary bir gyra çekip, «ýurtdan çykmaga rugsadyňyzyň ýokdugyny» aýdýarlar. Hiç hili sebäp görkezilmeýär, hiç hili resminama berilmeýär we şikaýat etmegiň tertibi hem ýok. Köp adamlar gadagançylyk barada diňe bilet satyn alanlaryndan soň habar tapýarlar, biletleriň puly bolsa seýrek gaýtarylyp berilýär.',
          },
          {
            type: 'p',
            text: 'Söhbetdeşlerimiziň aýtmagyna görä, gadagançylyklar köplenç daşary ýurtdan häkimiýetleri tankytlan adamlaryň garyndaşlaryna, öňki döwlet gullukçylaryna, harby gulluk ýaşyndaky ýigitlere, daşary ýurt uniwersitetlerine okuwa girmek isleýän talyplara we käbir döwürlerde ýeke özi syýahat edýän ýaş aýal-gyzlara degişli bolýar. Mary welaýatyndan bir aýal talyp ogluny bir ýylyň dowamynda Stambula uçýan uçardan üç gezek düşürendiklerini gürrüň berdi. Dördünji synanyşykda oňa uçara münmäge rugsat berlipdir, ýöne ýene-de hiç hili düşündiriş berilmändir.',
          },
          {
            type: 'p',
            text: 'Ýurduň içindäki gözegçilik basyşy has-da artdyrýar. Ýaşaýjylar daşary ýurda gitmezden öň ýerli häkimiýetlerden we iş ýerinden birnäçe güwänama ýygnamaly bolýandyklaryny aýtdylar. Öň halkara guramalaryna şikaýat eden maşgalalar özlerine has berk gözegçilik edilýändigini we arzalaryna has uzak wagtlap seredilýändigini aýdýarlar.',
          },
          { type: 'h2', text: 'Bölünen maşgalalar' },
          {
            type: 'p',
            text: 'Bu tejribeleriň umumy netijesinde müňlerçe maşgala bölünýär. Daşary ýurtda işleýän ene-atalar öýde galmakdan gorkup, garyndaşlarynyň toýlaryna we ýas mejlislerine gatnaşyp bilmeýärler. Çagalar mamalarynyň we babalarynyň ýanynda ulalýar we ene-atalaryny diňe wideo jaňlarda görýär. Antalýada işleýän bir şepagat uýasy iki gyzyny alty ýyl bäri görmändigini gürrüň berdi: onuň pasportynyň möhleti 2019-njy ýylda gutarypdyr we şondan bäri ol ýaşamak üçin ygtyýarnamasyz ýaşaýar.',
          },
          {
            type: 'p',
            text: 'Daşary ýurtda doglan çagalar goşmaça päsgelçilige duçar bolýarlar. Çagany Türkmenistanyň raýaty hökmünde hasaba aldyrmak üçin ene-atalar öz hereket edýän resminamalary bilen konsullyga ýüz tutmaly. Ene-atanyň biriniň pasportynyň möhleti geçen bolsa, çaga köplenç hiç hili resminamasyz galýar. Şeýle çagalar mekdebe ýazylmakda we lukmançylyk kömegini almakda kynçylyk çekýärler, olary raýatlyksyz galmak howpy hem abanýar.',
          },
          { type: 'h2', text: 'Esasy netijeler' },
          { type: 'p', text: 'Söhbetdeşliklerimiziň esasy netijeleri şulardan ybarat:' },
          {
            type: 'ul',
            items: [
              'Söhbetdeş bolan 46 adamyň hiç biri pasportynyň näme üçin täzelenmändigini ýa-da serhetde näme üçin saklanandygyny düşündirýän ýazmaça karar almandyr.',
              'Olaryň otuz biri daşary ýurtda möhleti geçen ýa-da bir ýylyň içinde möhleti gutarjak pasport bilen ýaşaýar.',
              'On bir adam 2020-nji ýyldan bäri özüniň ýa-da ýakyn garyndaşynyň azyndan bir gezek Türkmenistandan uçýan uçara mündürilmändigini aýtdy.',
              'Dokuz adam resminamalarynyň möhleti geçendigi sebäpli kabul edýän ýurtda saklanypdyr; olaryň dördüsi deport edilipdir ýa-da deport etmek bilen haýbat atylypdyr.',
              'Söhbetdeşlerimiziň hemmesi diýen ýaly ýagdaýlary belli bolandan soň ýerli işgärleriň öýdäki garyndaşlaryna baryp görendigini ýa-da olary çagyrandygyny aýtdylar.',
            ],
          },
          { type: 'h2', text: 'Türkmenistanyň hökümetine teklipler' },
          {
            type: 'ol',
            items: [
              'Ähli ilçihanalarda we konsullyklarda pasportlary bermegi we täzelemegi dikeltmeli, arza berijilerden Türkmenistana gaýdyp gelmegi talap etmeli däl.',
              'Ýurtdan çykmagy çäklendirmegiň hukuk esaslaryny we tertibini çap etmeli, her bir degişli adama ýazmaça habar bermeli we kazyýete şikaýat etmegiň netijeli hukugyny kepillendirmeli.',
              'Syýahat etmegi gadagan edilen adamlaryň resmi däl sanawlaryny ýatyrmaly we häkimiýetleri tankytlaýan raýatlaryň garyndaşlaryny yzarlamagy bes etmeli.',
              'Daşary ýurtda doglan çagalary ene-atalarynyň resminamalarynyň ýagdaýyna garamazdan, dogluş hakyndaky şahadatnamalarynyň esasynda hasaba almaly.',
              'BMG-niň migrantlaryň adam hukuklary boýunça ýörite dokladçysyny ýurda çagyrmaly we BMG-niň beýleki ýörite proseduralarynyň köpden bäri jogapsyz galan haýyşlaryna jogap bermeli.',
            ],
          },
          { type: 'h2', text: 'Kabul edýän ýurtlara teklipler' },
          {
            type: 'ol',
            items: [
              'Türkmen raýatlaryny diňe milli pasportynyň möhleti geçendigi sebäpli tussag etmeli däl we deport etmeli däl, olaryň pasportyny öz günäsi bolmazdan täzeläp bilmeýändigini ykrar etmeli.',
              'Öz döwletinden pasport alyp bilmeýän adamlara wagtlaýyn ýaşamak üçin ygtyýarnamalary ýa-da syýahat resminamalaryny bermeli.',
              'Türkmenistana islendik gaýtarmadan öň, yzyna gaýtarmazlyk ýörelgesine laýyklykda, yzarlanmak howpuna her bir adam üçin aýratynlykda baha bermeli.',
              'Pasportlary täzelemek we çykyş gadagançylyklary meselesini Aşgabat bilen ikitaraplaýyn gepleşiklerde, şeýle hem ÝHHG-de we BMG-de gozgamaly.',
            ],
          },
          {
            type: 'p',
            text: 'Öz ýurduňdan çykmak hukugy işgärleriň berýän merhemeti däldir. Pasportlar saklanyp, çykyş gadagançylyklary gizlin girizilýänçä, ýurtdaky we daşary ýurtdaky türkmen raýatlary keýpe görä hereket edýän ulgamyň girewine öwrülip galar. Türkmen Helsinki Gaznasy bu ýagdaýlary resminamalaşdyrmagy dowam etdirer we bu meselä sezewar bolan her bir adamy biziň bilen howpsuz usulda habarlaşmaga çagyrýar.',
          },
        ],
      },
    },
  },

  // 2. VPN penalties: published in Russian and English only.
  {
    key: 'b-vpn-phone-checks-young-people',
    sourceLocale: 'ru',
    category: 'media-freedom',
    tags: ['internet', 'youth'],
    authors: ['aman-gurbanov'],
    publishedAt: '2021-09-14T06:45:00Z',
    cover: 'phone-signal',
    translations: {
      ru: {
        status: 'published',
        title: 'Проверка телефонов на улице: молодых людей штрафуют за VPN',
        summary:
          'Полиция в Ашхабаде и областных городах останавливает молодёжь, ищет в телефонах VPN и запрещённые мессенджеры и выписывает штрафы. Доступ к интернету в стране остаётся одним из самых ограниченных в мире.',
        seoDescription:
          'В Туркменистане полиция проверяет телефоны молодых людей на улице и штрафует за VPN. Свидетельства жителей Ашхабада и Туркменабата.',
        body: [
          {
            type: 'p',
            text: 'Большинство зарубежных новостных сайтов, социальных сетей и мессенджеров в Туркменистане заблокированы. Чтобы читать новости или звонить родственникам за границу, многие, особенно молодые люди, пользуются VPN-сервисами. Летом 2021 года власти усилили меры против тех, кто ими пользуется.',
          },
          {
            type: 'p',
            text: 'Жители Ашхабада и Туркменабата рассказали нашему корреспонденту, что сотрудники полиции останавливают молодых людей на улице и на остановках и требуют разблокировать телефон. Если находят VPN-приложение, его удаляют, человека доставляют в отделение, заставляют написать «объяснительную» и штрафуют. Студентов предупреждают, что их могут отчислить.',
          },
          {
            type: 'quote',
            text: '«Они просмотрели мой телефон при всех, потом открыли переписку. Мне пришлось всё удалить и пообещать, что больше так делать не буду», — рассказал студент из Ашхабада.',
          },
          { type: 'h2', text: 'Цена подключения' },
          {
            type: 'p',
            text: 'Сам интернет медленный и дорогой, а работающие VPN продают из рук в руки по высокой цене. По словам жителей, мастерам, которые за плату устанавливают их на телефоны, грозит преследование. При этом власти регулярно блокируют новые VPN-серверы, так что сервис, работавший на одной неделе, может перестать работать на следующей.',
          },
          {
            type: 'p',
            text: 'Досмотр телефонов без судебного решения и наказание людей за поиск информации нарушают право на неприкосновенность частной жизни и свободу выражения мнений, гарантированные Международным пактом о гражданских и политических правах. Мы призываем власти прекратить эти проверки и снять блокировку независимых сайтов.',
          },
        ],
      },
      en: {
        status: 'published',
        title: 'Phones searched in the street: young people fined for using VPNs',
        summary:
          'Police in Ashgabat and provincial towns stop young people, search their phones for VPNs and banned messengers, and impose fines. Internet access in the country remains among the most restricted in the world.',
        seoDescription:
          'Police in Turkmenistan search young people’s phones in the street and fine them for using VPNs. Accounts from residents of Ashgabat and Turkmenabat.',
        body: [
          {
            type: 'p',
            text: 'Most foreign news sites, social networks and messengers are blocked in Turkmenistan. To read the news or call relatives abroad, many people, especially the young, use VPN services. In the summer of 2021 the authorities stepped up measures against those who use them.',
          },
          {
            type: 'p',
            text: 'Residents of Ashgabat and Turkmenabat told our correspondent that police officers stop young people in the street and at bus stops and order them to unlock their phones. If a VPN app is found, it is deleted, the person is taken to a police station, made to write an “explanation” and fined. Students are warned that they could be expelled.',
          },
          {
            type: 'quote',
            text: '“They went through my phone in front of everyone, then opened my chats. I had to delete everything and promise that I would not do it again,” a student in Ashgabat said.',
          },
          { type: 'h2', text: 'The price of a connection' },
          {
            type: 'p',
            text: 'The internet itself is slow and expensive, and working VPNs are sold privately at high prices. According to residents, technicians who install them on phones for a fee risk prosecution. Meanwhile the authorities regularly block new VPN servers, so a service that works one week may stop working the next.',
          },
          {
            type: 'p',
            text: 'Searching phones without a court order and punishing people for seeking information violate the rights to privacy and to freedom of expression guaranteed by the International Covenant on Civil and Political Rights. We call on the authorities to end these checks and to unblock independent websites.',
          },
        ],
      },
    },
  },

  // 3. Bread queues and reprisals for talking to foreign media.
  {
    key: 'b-bread-queues-foreign-media-reprisals',
    sourceLocale: 'ru',
    category: 'media-freedom',
    tags: ['journalists'],
    authors: ['thf-staff'],
    publishedAt: '2021-11-23T09:15:00Z',
    cover: 'newsprint',
    translations: {
      ru: {
        status: 'published',
        title: 'Очереди за хлебом и вызов в полицию: жителей наказывают за жалобы иностранным СМИ',
        summary:
          'На фоне нехватки льготного хлеба в велаятах люди, рассказавшие об очередях зарубежным журналистам, говорят, что их вызывали в полицию и принуждали отказаться от своих слов.',
        seoDescription:
          'Нехватка льготного хлеба в Туркменистане: жителей, рассказавших об очередях зарубежным СМИ, вызывают в полицию и заставляют отказаться от слов.',
        body: [
          {
            type: 'p',
            text: 'Уже несколько месяцев жители ряда велаятов часами стоят в очередях у государственных магазинов, где льготный хлеб стоит намного дешевле, чем в частных пекарнях. Магазины получают ограниченные поставки, хлеб отпускают в ограниченном количестве на семью, а в некоторых сёлах он заканчивается ещё до полудня.',
          },
          {
            type: 'p',
            text: 'Несколько человек, рассказавших об очередях туркменоязычным СМИ, работающим за рубежом, говорят, что позже столкнулись с последствиями. Жительница Лебапского велаята рассказала нам, что после того, как снятое в очереди видео появилось в интернете, к ней домой пришли сотрудники полиции, спросили, кто его снимал, и потребовали подписать заявление о том, что никакого дефицита нет.',
          },
          {
            type: 'quote',
            text: '«Мне сказали, что я порочу имидж страны и что мой сын может потерять работу», — рассказала она.',
          },
          { type: 'h2', text: 'Систематическое запугивание' },
          {
            type: 'p',
            text: 'Такие случаи не единичны. Людей, которые общаются с журналистами зарубежных изданий, регулярно вызывают, предупреждают и публично стыдят на собраниях трудового коллектива. Родственникам, работающим в государственных учреждениях, угрожают увольнением. В результате многие жители теперь отказываются говорить даже анонимно.',
          },
          {
            type: 'p',
            text: 'Наказание людей за рассказ о повседневных проблемах нарушает свободу выражения мнений и мешает решать сами эти проблемы. Правительство должно прекратить преследование источников и корреспондентов независимых СМИ и обеспечить доступность основных продуктов питания.',
          },
        ],
      },
      tk: {
        status: 'published',
        title: 'Çörek nobatlary we polisiýa çagyryş: daşary ýurt metbugatyna zeýrenen ýaşaýjylar jezalandyrylýar',
        summary:
          'Welaýatlarda arzanladylan çöregiň ýetmezçiligi dowam edýän mahaly, nobatlar barada daşary ýurt žurnalistlerine gürrüň beren adamlar polisiýa çagyrylandyklaryny we sözlerinden ýüz öwürmäge mejbur edilendiklerini aýdýarlar.',
        seoDescription:
          'Türkmenistanda çörek ýetmezçiligi: nobatlar barada daşary ýurt metbugatyna gürrüň beren ýaşaýjylar polisiýa çagyrylýar we gorkuzylýar.',
        body: [
          {
            type: 'p',
            text: 'Birnäçe aý bäri käbir welaýatlaryň ýaşaýjylary döwlet dükanlarynyň öňünde sagatlap nobatda durýarlar, sebäbi bu ýerde arzanladylan çörek hususy çörekhanalardakydan has arzan. Dükanlara çäkli mukdarda çörek getirilýär, ol her maşgala diňe belli bir mukdarda satylýar, käbir obalarda bolsa günortana çenli gutarýar.',
          },
          {
            type: 'p',
            text: 'Nobatlar barada daşary ýurtda ýerleşýän türkmen dilli metbugata gürrüň beren birnäçe adam soňra munuň netijelerine duçar bolandyklaryny aýtdylar. Lebap welaýatynyň bir ýaşaýjysy nobatda düşürilen wideo internetde peýda bolandan soň, polisiýa işgärleriniň öýüne gelip, ony kimiň düşürendigini soranlaryny we ýetmezçiligiň ýokdugy barada arza gol çekmegini talap edendiklerini gürrüň berdi.',
          },
          {
            type: 'quote',
            text: '«Maňa ýurduň abraýyna zeper ýetirýändigimi we oglumyň işsiz galyp biljekdigini aýtdylar» — diýip, ol gürrüň berdi.',
          },
          { type: 'h2', text: 'Yzygiderli gorkuzmak' },
          {
            type: 'p',
            text: 'Beýle ýagdaýlar ýeke-täk däl. Daşary ýurtda ýerleşýän neşirleriň žurnalistleri bilen gürleşýän adamlar yzygiderli çagyrylýar, duýduryş alýar we iş ýerlerindäki ýygnaklarda köpçüligiň öňünde masgaralanýar. Döwlet edaralarynda işleýän garyndaşlaryna işden boşatmak bilen haýbat atylýar. Netijede, köp ýaşaýjylar indi hatda adyny aýtmazlyk şerti bilen hem gürleşmekden ýüz öwürýärler.',
          },
          {
            type: 'p',
            text: 'Adamlary gündelik durmuş meseleleri barada gürrüň berendikleri üçin jezalandyrmak söz azatlygyny bozýar we şol meseleleriň özüni çözmegi kynlaşdyrýar. Hökümet garaşsyz metbugatyň çeşmelerini we habarçylaryny yzarlamagy bes etmeli we esasy azyk önümleriniň elýeterli bolmagyny üpjün etmeli.',
          },
        ],
      },
      en: {
        status: 'published',
        title: 'Bread queues and a police summons: residents punished for talking to foreign media',
        summary:
          'As shortages of subsidised bread continue in the provinces, people who described the queues to foreign journalists say they were summoned by the police and pressured to take back their words.',
        seoDescription:
          'Subsidised bread shortages in Turkmenistan: residents who told foreign media about the queues are summoned by police and pressured to retract.',
        body: [
          {
            type: 'p',
            text: 'For several months residents of a number of provinces have queued for hours outside state shops, where subsidised bread costs far less than in private bakeries. Deliveries to the shops are limited, bread is sold in restricted amounts per family, and in some villages it runs out before noon.',
          },
          {
            type: 'p',
            text: 'Several people who spoke about the queues to Turkmen-language media based abroad say they later faced consequences. A resident of Lebap province told us that after a video filmed in a queue appeared online, police officers came to her home, asked who had filmed it and demanded that she sign a statement saying that there was no shortage.',
          },
          {
            type: 'quote',
            text: '“They told me that I was damaging the country’s image and that my son could lose his job,” she said.',
          },
          { type: 'h2', text: 'A pattern of intimidation' },
          {
            type: 'p',
            text: 'Such cases are not isolated. People who talk to journalists working for media outlets abroad are regularly summoned, warned and publicly shamed at meetings at their workplace. Relatives employed in the public sector are threatened with dismissal. As a result, many residents now refuse to speak even anonymously.',
          },
          {
            type: 'p',
            text: 'Punishing people for describing everyday problems violates freedom of expression and makes the problems themselves harder to solve. The government should stop harassing the sources and correspondents of independent media and ensure that basic food is available.',
          },
        ],
      },
    },
  },

  // 4. 2022 presidential succession.
  {
    key: 'b-presidential-succession-2022-rights',
    sourceLocale: 'ru',
    category: 'news',
    tags: ['osce', 'un'],
    authors: ['thf-staff'],
    publishedAt: '2022-03-22T10:00:00Z',
    cover: 'protest-square',
    translations: {
      ru: {
        status: 'published',
        title: 'Новый президент, старые правила: права человека после передачи власти в 2022 году',
        summary:
          'После досрочных выборов Сердар Бердымухамедов вступил в должность президента Туркменистана. Рассказываем, какие проблемы с правами человека достались новому главе государства и что стало бы первым признаком перемен.',
        seoDescription:
          'Сердар Бердымухамедов стал президентом Туркменистана. Какие проблемы с правами человека он унаследовал и каким может быть первый шаг к переменам.',
        body: [
          {
            type: 'p',
            text: '19 марта 2022 года Сердар Бердымухамедов принёс присягу в качестве президента Туркменистана. Неделей ранее прошли досрочные президентские выборы, на которых, по данным Центральной избирательной комиссии, он получил около 73 процентов голосов. Его отец Гурбангулы Бердымухамедов, руководивший страной с 2006 года, в феврале объявил, что уступает дорогу «молодым руководителям», и остаётся председателем Халк Маслахаты — верхней палаты парламента.',
          },
          {
            type: 'p',
            text: 'Выборы прошли без настоящей конкуренции. Все остальные кандидаты публично одобряли курс правительства, независимых СМИ в стране нет, а оппозиционные партии не могут зарегистрироваться. Ни один кандидат не поставил под сомнение политику, превратившую Туркменистан в одну из самых закрытых стран мира.',
          },
          { type: 'h2', text: 'Что досталось новому президенту' },
          {
            type: 'ul',
            items: [
              'Десятки людей, чья судьба и местонахождение в местах заключения годами неизвестны, некоторых — с 2002 года.',
              'Принудительное привлечение работников бюджетной сферы к сбору хлопка.',
              'Заблокированные сайты и мессенджеры, наказания за использование VPN.',
              'Произвольные ограничения на выезд из страны и на обмен паспортов за границей.',
              'Давление на родственников критиков, живущих за пределами Туркменистана.',
            ],
          },
          { type: 'h2', text: 'Испытание для новой власти' },
          {
            type: 'p',
            text: 'Смена лиц на вершине власти пока не принесла перемен в политике. Несколько наших собеседников рассказывают, что местные чиновники говорят им: «всё останется как было». Настоящим признаком перемен стало бы раскрытие судьбы людей, исчезнувших в тюрьмах, допуск в страну независимых наблюдателей и прекращение преследования за убеждения.',
          },
          {
            type: 'p',
            text: 'Мы призываем ОБСЕ, ООН и партнёров Туркменистана поднимать эти вопросы перед новым президентом с первых месяцев его правления, когда вероятность получить обязательства наиболее высока.',
          },
        ],
      },
      tk: {
        status: 'published',
        title: 'Täze prezident, köne düzgünler: 2022-nji ýylda häkimiýet geçenden soň adam hukuklary',
        summary:
          'Möhletinden öň geçirilen saýlawlardan soň Serdar Berdimuhamedow Türkmenistanyň Prezidenti wezipesine girişdi. Täze döwlet baştutanyna miras galan adam hukuklary meselelerini we özgerişligiň ilkinji alamatynyň nähili bolup biljekdigini beýan edýäris.',
        seoDescription:
          'Serdar Berdimuhamedow Türkmenistanyň Prezidenti boldy. Oňa miras galan adam hukuklary meseleleri we özgerişlige tarap ilkinji ädim.',
        body: [
          {
            type: 'p',
            text: '2022-nji ýylyň 19-njy martynda Serdar Berdimuhamedow Türkmenistanyň Prezidenti hökmünde kasam kabul etdi. Mundan bir hepde öň möhletinden öň prezident saýlawlary geçirildi we Merkezi saýlaw toparynyň maglumatyna görä, ol sesleriň 73 göterime golaýyny aldy. 2006-njy ýyldan bäri ýurdy dolandyran kakasy Gurbanguly Berdimuhamedow fewral aýynda «ýaş ýolbaşçylara» ýol berýändigini yglan etdi we parlamentiň ýokarky palatasy bolan Halk Maslahatynyň Başlygy bolup galýar.',
          },
          {
            type: 'p',
            text: 'Saýlawlar hakyky bäsleşiksiz geçdi. Beýleki kandidatlaryň hemmesi hökümetiň ugruny açyk goldady, ýurtda garaşsyz metbugat ýok, oppozision partiýalar bolsa hasaba alnyp bilmeýär. Hiç bir kandidat Türkmenistany dünýäniň iň ýapyk ýurtlarynyň birine öwren syýasaty şübhe astyna almady.',
          },
          { type: 'h2', text: 'Täze prezidente näme miras galdy' },
          {
            type: 'ul',
            items: [
              'Ýyllar boýy, käbirleriniň 2002-nji ýyldan bäri, türmedäki ykbaly we ýerleşýän ýeri näbelli bolan onlarça adam.',
              'Býujet edaralarynyň işgärleriniň pagta ýygymyna mejbury çekilmegi.',
              'Petiklenen saýtlar we messenjerler, VPN ulanandygy üçin berilýän jezalar.',
              'Ýurtdan çykmagyň we daşary ýurtda pasportlary täzelemegiň keýpe görä çäklendirilmegi.',
              'Türkmenistandan daşarda ýaşaýan tankytçylaryň garyndaşlaryna edilýän basyş.',
            ],
          },
          { type: 'h2', text: 'Täze häkimiýet üçin synag' },
          {
            type: 'p',
            text: 'Ýokary derejedäki adamlaryň çalyşmagy häzirlikçe syýasatda hiç hili üýtgeşiklige getirmedi. Biziň söhbetdeşlerimiziň birnäçesi ýerli işgärleriň özlerine «hemme zat öňküsi ýaly galar» diýýändiklerini aýdýarlar. Özgerişligiň hakyky alamaty türmelerde dereksiz ýiten adamlaryň ykbalyny aýan etmek, garaşsyz synçylary ýurda goýbermek we adamlary ynançlary üçin yzarlamagy bes etmek bolardy.',
          },
          {
            type: 'p',
            text: 'Biz ÝHHG-ni, BMG-ni we Türkmenistanyň hyzmatdaşlaryny bu meseleleri täze prezidentiň öňünde onuň wezipä girişen ilkinji aýlaryndan, borçnamalary almak has ähtimal bolan döwürde gozgamaga çagyrýarys.',
          },
        ],
      },
      en: {
        status: 'published',
        title: 'New president, old rules: human rights after the 2022 transfer of power',
        summary:
          'Serdar Berdimuhamedov has taken office as President of Turkmenistan after an early election. We look at the human rights problems the new head of state inherits and what a first sign of change would be.',
        seoDescription:
          'Serdar Berdimuhamedov is Turkmenistan’s new president. The human rights problems he inherits and what a first real step towards change would be.',
        body: [
          {
            type: 'p',
            text: 'On 19 March 2022 Serdar Berdimuhamedov was sworn in as President of Turkmenistan. A week earlier an early presidential election had been held in which, according to the Central Election Commission, he received about 73 percent of the vote. His father, Gurbanguly Berdimuhamedov, who had led the country since 2006, announced in February that he was making way for “young leaders”, and he remains chairman of the Halk Maslahaty, the upper chamber of parliament.',
          },
          {
            type: 'p',
            text: 'The vote took place without genuine competition. All the other candidates publicly endorsed the government’s course, there are no independent media in the country, and opposition parties cannot register. No candidate questioned the policies that have made Turkmenistan one of the most closed countries in the world.',
          },
          { type: 'h2', text: 'What the new president inherits' },
          {
            type: 'ul',
            items: [
              'Dozens of people whose fate and whereabouts in prison have been unknown for years, some since 2002.',
              'The forced mobilisation of public sector workers for the cotton harvest.',
              'Blocked websites and messengers, and penalties for using VPNs.',
              'Arbitrary restrictions on leaving the country and on renewing passports abroad.',
              'Pressure on the relatives of critics living outside Turkmenistan.',
            ],
          },
          { type: 'h2', text: 'A test for the new leadership' },
          {
            type: 'p',
            text: 'The change of faces at the top has so far brought no change in policy. Several people we are in contact with say that local officials tell them that “everything will stay as it was”. A real sign of change would be to disclose the fate of those who have disappeared in prison, to let independent monitors into the country and to stop persecuting people for their beliefs.',
          },
          {
            type: 'p',
            text: 'We call on the OSCE, the United Nations and Turkmenistan’s partners to raise these issues with the new president from his first months in office, when commitments are most likely to be secured.',
          },
        ],
      },
    },
  },

  // 5. Housing demolitions: English translation still a draft.
  {
    key: 'b-ashgabat-demolitions-evictions',
    sourceLocale: 'ru',
    category: 'news',
    tags: ['housing'],
    authors: ['thf-staff'],
    publishedAt: '2022-06-09T08:30:00Z',
    cover: 'closed-door',
    translations: {
      ru: {
        status: 'published',
        title: 'Снос домов в Ашхабаде: владельцев выселяют почти без предупреждения',
        summary:
          'Жители нескольких районов Ашхабада рассказывают, что их дома сносят под новое строительство без справедливой компенсации и без возможности оспорить решение в суде.',
        seoDescription:
          'В Ашхабаде продолжается снос частных домов: жильцов выселяют без справедливой компенсации и без возможности обжаловать решение в суде.',
        body: [
          {
            type: 'p',
            text: 'В Ашхабаде и его пригородах продолжается снос частных домов ради новых дорог, парков и административных зданий. Жители рассказали нам, что узнавали о сносе лишь за несколько недель, а иногда и за несколько дней до приезда бульдозеров. Многие из этих домов построены десятилетия назад, и всё это время в них жили одни и те же семьи.',
          },
          {
            type: 'p',
            text: 'Владельцам обычно предлагают либо квартиру в новом доме, часто на окраине города, либо денежную сумму намного ниже рыночной стоимости их жилья. Семьи, которые несколько поколений достраивали свои дома, говорят, что при этом учитывается только первоначальная площадь. Некоторых под давлением заставляли подписывать согласие, а другим заявляли, что документы на их дома недействительны.',
          },
          { type: 'p', text: 'Жители, с которыми мы говорили, описывают одни и те же проблемы:' },
          {
            type: 'ul',
            items: [
              'Нет письменного решения о сносе и никакой информации о проекте.',
              'Нет независимой оценки имущества.',
              'Нет реальной возможности обжаловать решение в суде.',
              'Есть давление, чтобы люди не говорили о сносе публично.',
            ],
          },
          {
            type: 'p',
            text: 'Международное право допускает изъятие собственности в общественных интересах, но только при настоящих консультациях с жителями, соблюдении законной процедуры и справедливой компенсации. Мы призываем власти приостановить снос, пока эти гарантии не будут обеспечены.',
          },
        ],
      },
      tk: {
        status: 'published',
        title: 'Aşgabatda jaýlar ýykylýar: öý eýeleri duýdurylman diýen ýaly göçürilýär',
        summary:
          'Aşgabadyň birnäçe ýaşaýyş toplumynyň ýaşaýjylary jaýlarynyň adalatly öwez tölegi berilmezden we karary kazyýetde şikaýat etmäge mümkinçilik döredilmezden täze gurluşyk üçin ýykylýandygyny aýdýarlar.',
        seoDescription:
          'Aşgabatda hususy jaýlary ýykmak dowam edýär: ýaşaýjylar adalatly öwez tölegsiz we kazyýete şikaýat etmek mümkinçiligi bolmazdan göçürilýär.',
        body: [
          {
            type: 'p',
            text: 'Aşgabatda we onuň töwereklerinde täze ýollar, seýilgähler we edara binalary üçin hususy jaýlary ýykmak dowam edýär. Ýaşaýjylar jaýlarynyň ýykyljakdygy barada buldozerler gelmezden diňe birnäçe hepde, käte bolsa birnäçe gün öň habar tapandyklaryny aýtdylar. Bu jaýlaryň köpüsi onlarça ýyl mundan öň gurlupdyr we şondan bäri olarda şol bir maşgalalar ýaşap gelýär.',
          },
          {
            type: 'p',
            text: 'Eýelerine adatça ýa täze binada, köplenç şäheriň çetinde kwartira, ýa-da emläginiň bazar bahasyndan has pes pul hödürlenýär. Jaýlaryny birnäçe nesil boýy giňelden maşgalalar diňe ilkibaşdaky meýdanyň hasaba alynýandygyny aýdýarlar. Käbirlerini basyş astynda razylyk kagyzyna gol çekmäge mejbur edipdirler, beýlekilere bolsa jaýlarynyň resminamalarynyň hakyky däldigini aýdypdyrlar.',
          },
          { type: 'p', text: 'Gürleşen ýaşaýjylarymyz şol bir meseleleri beýan edýärler:' },
          {
            type: 'ul',
            items: [
              'Ýykmak barada ýazmaça karar ýok we taslama barada hiç hili maglumat berilmeýär.',
              'Emläge garaşsyz baha kesilmeýär.',
              'Karary kazyýetde şikaýat etmegiň hakyky mümkinçiligi ýok.',
              'Ýykylyş barada açyk gürlemezlikleri üçin adamlara basyş edilýär.',
            ],
          },
          {
            type: 'p',
            text: 'Halkara hukugy jemgyýetiň bähbidi üçin emlägi almaga rugsat berýär, ýöne diňe ýaşaýjylar bilen hakyky maslahatlaşylan, kanuny tertip berjaý edilen we adalatly öwez tölegi berlen halatynda. Biz häkimiýetleri bu kepillikler üpjün edilýänçä jaýlary ýykmagy togtatmaga çagyrýarys.',
          },
        ],
      },
      en: {
        status: 'draft',
        title: 'Ashgabat homeowners evicted with little notice as demolitions continue',
        summary:
          'Residents of several Ashgabat neighbourhoods say their houses are being demolished for new construction without fair compensation or any chance to challenge the decision in court.',
        seoDescription:
          'Demolitions of private houses continue in Ashgabat: residents are evicted without fair compensation or any way to appeal the decision in court.',
        body: [
          {
            type: 'p',
            text: 'The demolition of private houses continues in Ashgabat and its suburbs to make way for new roads, parks and official buildings. Residents told us that they learned of the demolition only a few weeks, and sometimes only a few days, before the bulldozers arrived. Many of the houses were built decades ago and have been home to the same families ever since.',
          },
          {
            type: 'p',
            text: 'Owners are usually offered either a flat in a new building, often on the outskirts of the city, or a sum of money well below the market value of their home. Families who extended their houses over several generations say that only the original floor area is taken into account. Some were pressured into signing consent forms, while others were told that the documents for their houses were not valid.',
          },
          { type: 'p', text: 'The residents we spoke to describe the same problems:' },
          {
            type: 'ul',
            items: [
              'There is no written decision on the demolition and no information about the project.',
              'There is no independent valuation of the property.',
              'There is no real possibility of challenging the decision in court.',
              'People are pressured not to speak about the demolition in public.',
            ],
          },
          {
            type: 'p',
            text: 'International law allows property to be taken in the public interest, but only with genuine consultation of residents, due process and fair compensation. We call on the authorities to suspend demolitions until these guarantees are in place.',
          },
        ],
      },
    },
  },

  // 6. Cotton harvest 2022: Turkmen translation still in review.
  {
    key: 'b-cotton-harvest-2022-public-sector',
    sourceLocale: 'ru',
    category: 'labour-rights',
    tags: ['cotton'],
    authors: ['aman-gurbanov'],
    publishedAt: '2022-10-11T05:30:00Z',
    cover: 'cotton-field',
    translations: {
      ru: {
        status: 'published',
        title: 'Хлопок-2022: учителей и врачей снова отправляют на поля',
        summary:
          'Вопреки официальным заявлениям, работникам бюджетной сферы в нескольких велаятах приказывают собирать хлопок или оплачивать наёмных сборщиков. Международные бренды по-прежнему отказываются от туркменского хлопка.',
        seoDescription:
          'Сбор хлопка в Туркменистане в 2022 году: учителей, врачей и коммунальщиков снова принуждают выходить на поля или платить за наёмных сборщиков.',
        body: [
          {
            type: 'p',
            text: 'В сентябре по всему Туркменистану начался сбор хлопка, а вместе с ним — ежегодная мобилизация работников бюджетной сферы. Учителя, врачи, медсёстры и сотрудники коммунальных служб в Лебапском, Дашогузском и Марыйском велаятах рассказали нашему корреспонденту, что руководство установило каждому из них дневную норму сбора.',
          },
          {
            type: 'p',
            text: 'От тех, кто не может выйти в поле, ожидают, что они наймут замену. Учительница из одного из этрапов Дашогузского велаята рассказала, что в этом сезоне наёмный сборщик обходится примерно в её недельную зарплату. «Нашего согласия никто не спрашивает. Директор просто зачитывает список», — говорит она.',
          },
          {
            type: 'quote',
            text: '«Нам говорят, что это добровольно, но если я откажусь, то потеряю работу», — рассказала медсестра из Лебапского велаята.',
          },
          { type: 'h2', text: 'Условия на полях' },
          {
            type: 'p',
            text: 'Сборщиков рано утром везут на поля на автобусах и привозят обратно затемно. Еду и воду они берут с собой. Жители также сообщили, что по краям некоторых полей дежурила полиция, а фотографировать сбор урожая было запрещено.',
          },
          { type: 'h2', text: 'Международная реакция' },
          {
            type: 'p',
            text: 'С 2018 года США запрещают ввоз товаров, произведённых из туркменского хлопка, а многие международные бренды одежды обязались сознательно не закупать его. Коалиция Cotton Campaign и надзорные органы Международной организации труда неоднократно призывали Ашхабад покончить с принудительным трудом, организованным государством. Туркменистан ведёт диалог с МОТ, но до сих пор не допустил независимого мониторинга, в ходе которого местные работники могли бы говорить без страха. Мы призываем правительство прекратить привлечение бюджетников к сбору хлопка и допустить независимый мониторинг с участием гражданского общества.',
          },
        ],
      },
      tk: {
        status: 'in_review',
        title: '2022-nji ýylyň pagta ýygymy: mugallymlar we lukmanlar ýene meýdana iberilýär',
        summary:
          'Resmi beýanatlara garamazdan, birnäçe welaýatda býujet edaralarynyň işgärlerine pagta ýygmak ýa-da öz ýerine ýygymçy tutmak buýrulýar. Halkara brendler türkmen pagtasyndan ýüz öwürmegi dowam etdirýär.',
        seoDescription:
          'Türkmenistanda 2022-nji ýylyň pagta ýygymy: mugallymlar, lukmanlar we kommunal işgärler ýene meýdana çykmaga ýa-da ýygymçy tutmaga mejbur edilýär.',
        body: [
          {
            type: 'p',
            text: 'Sentýabr aýynda Türkmenistanyň ähli ýerinde pagta ýygymy başlandy, onuň bilen bilelikde býujet edaralarynyň işgärlerini her ýylky mejbury çekmek hem başlandy. Lebap, Daşoguz we Mary welaýatlaryndan mugallymlar, lukmanlar, şepagat uýalary we kommunal hyzmatlaryň işgärleri habarçymyza ýolbaşçylarynyň olaryň her birine gündelik ýygym möçberini belländigini gürrüň berdiler.',
          },
          {
            type: 'p',
            text: 'Meýdana çykyp bilmeýänlerden öz ýerine adam tutmak talap edilýär. Daşoguz welaýatynyň etraplarynyň biriniň mugallymy şu möwsümde bir ýygymçynyň takmynan onuň bir hepdelik zähmet hakyna düşýändigini aýtdy. «Razylygymyzy hiç kim soranok. Mekdep müdiri sanawy okaýar, şol bolýar» diýip, ol gürrüň berdi.',
          },
          {
            type: 'quote',
            text: '«Bize munuň meýletindigini aýdýarlar, emma ýüz öwürsem, işimden aýrylaryn» — diýip, Lebap welaýatyndan bir şepagat uýasy gürrüň berdi.',
          },
          { type: 'h2', text: 'Meýdandaky şertler' },
          {
            type: 'p',
            text: 'Ýygymçylar irden awtobuslar bilen meýdana äkidilýär we garaňky düşenden soň yzyna getirilýär. Olar iýmitini we suwuny özleri bilen alyp gidýärler. Ýaşaýjylar käbir meýdanlaryň gyrasynda polisiýa işgärleriniň nobatçylyk çekendigini we ýygymy surata düşürmegiň gadagan edilendigini hem habar berdiler.',
          },
          { type: 'h2', text: 'Halkara jogap' },
          {
            type: 'p',
            text: '2018-nji ýyldan bäri Amerikanyň Birleşen Ştatlary türkmen pagtasyndan öndürilen harytlaryň getirilmegini gadagan edýär, köp halkara egin-eşik brendleri hem ony bilkastlaýyn satyn almajakdyklaryna söz berdiler. Cotton Campaign koalisiýasy we Halkara Zähmet Guramasynyň gözegçilik edaralary Aşgabady döwlet tarapyndan guralýan mejbury zähmeti bes etmäge birnäçe gezek çagyrdy. Türkmenistan HZG bilen dialog alyp barýar, emma ýerli işçileriň gorkman gürläp bilýän garaşsyz monitoringine şu wagta çenli ýol bermedi. Biz hökümeti býujet işgärlerini pagta ýygymyna çekmegi bes etmäge we raýat jemgyýetiniň gatnaşmagynda garaşsyz monitoringe rugsat bermäge çagyrýarys.',
          },
        ],
      },
      en: {
        status: 'published',
        title: 'Cotton harvest 2022: teachers and doctors sent to the fields again',
        summary:
          'Despite official statements, public sector employees in several provinces are being ordered to pick cotton or pay for hired pickers. International brands continue to shun Turkmen cotton.',
        seoDescription:
          'Turkmenistan’s 2022 cotton harvest: teachers, doctors and municipal workers are again forced into the fields or made to pay for hired pickers.',
        body: [
          {
            type: 'p',
            text: 'The cotton harvest began across Turkmenistan in September, and with it the annual mobilisation of public sector workers. Teachers, doctors, nurses and municipal employees in Lebap, Dashoguz and Mary provinces told our correspondent that their managers had set each of them a daily picking quota.',
          },
          {
            type: 'p',
            text: 'Those who cannot go to the fields are expected to hire a replacement. A teacher from one of the districts of Dashoguz province said that this season a hired picker costs roughly a week of her salary. “Nobody asks for our consent. The head teacher simply reads out the list,” she said.',
          },
          {
            type: 'quote',
            text: '“They tell us it is voluntary, but if I refuse I will lose my job,” a nurse from Lebap province said.',
          },
          { type: 'h2', text: 'Conditions in the fields' },
          {
            type: 'p',
            text: 'Pickers are taken to the fields by bus early in the morning and brought back after dark. They bring their own food and water. Residents also reported that police officers were on duty at the edges of some fields and that photographing the harvest was forbidden.',
          },
          { type: 'h2', text: 'The international response' },
          {
            type: 'p',
            text: 'Since 2018 the United States has banned imports of goods made with Turkmen cotton, and many international clothing brands have pledged not to knowingly source it. The Cotton Campaign coalition and the supervisory bodies of the International Labour Organization have repeatedly urged Ashgabat to end state-imposed forced labour. Turkmenistan is in dialogue with the ILO, but it has still not allowed independent monitoring in which local workers could speak without fear. We call on the government to stop mobilising public sector workers for the harvest and to allow independent monitoring with the participation of civil society.',
          },
        ],
      },
    },
  },

  // 7. UN Human Rights Committee review.
  {
    key: 'b-un-human-rights-committee-review-2023',
    sourceLocale: 'en',
    category: 'political-prisoners',
    tags: ['un', 'prisons'],
    authors: ['thf-staff'],
    publishedAt: '2023-04-04T12:00:00Z',
    cover: 'closed-door',
    translations: {
      en: {
        status: 'published',
        title: 'UN Human Rights Committee questions Turkmenistan on prisoners who have disappeared',
        summary:
          'Reviewing Turkmenistan in Geneva, the UN Human Rights Committee raised enforced disappearances in prisons, torture and restrictions on travel. The government’s answers left the key questions open.',
        seoDescription:
          'The UN Human Rights Committee reviewed Turkmenistan in Geneva, raising disappeared prisoners, torture and exit bans. Our concerns and next steps.',
        body: [
          {
            type: 'p',
            text: 'In March 2023 the UN Human Rights Committee, the body of independent experts that monitors compliance with the International Covenant on Civil and Political Rights, reviewed Turkmenistan’s third periodic report in Geneva. Ahead of the session, the Turkmenistan Helsinki Foundation submitted information to the Committee together with other organisations.',
          },
          {
            type: 'p',
            text: 'Committee members asked the government delegation about people who have been held incommunicado for many years, some since the events of 2002, and whose relatives do not know whether they are alive. They also raised torture in places of detention, pressure on human rights defenders and journalists, and arbitrary restrictions on leaving the country.',
          },
          { type: 'h2', text: 'Our main concerns' },
          {
            type: 'ul',
            items: [
              'Enforced disappearances in prisons, including Ovadan-Depe prison.',
              'The absence of independent monitoring of places of detention.',
              'Exit bans and the refusal to renew passports abroad.',
              'The persecution of people for their contacts with foreign media.',
            ],
          },
          { type: 'h2', text: 'Next steps' },
          {
            type: 'p',
            text: 'The delegation repeated that Turkmenistan fulfils its international obligations but provided no information about the specific individuals named by Committee members. We urge the government to implement the Committee’s recommendations without delay, starting with disclosing the fate and whereabouts of every prisoner held incommunicado and allowing their families to visit them.',
          },
        ],
      },
      ru: {
        status: 'published',
        title: 'Комитет ООН по правам человека спросил Туркменистан об исчезнувших заключённых',
        summary:
          'Рассматривая доклад Туркменистана в Женеве, Комитет ООН по правам человека поднял вопросы насильственных исчезновений в тюрьмах, пыток и ограничений на выезд. Ответы правительства оставили главные вопросы открытыми.',
        seoDescription:
          'Комитет ООН по правам человека рассмотрел доклад Туркменистана в Женеве: исчезнувшие заключённые, пытки, запреты на выезд. Наши позиции.',
        body: [
          {
            type: 'p',
            text: 'В марте 2023 года Комитет ООН по правам человека — орган независимых экспертов, следящий за соблюдением Международного пакта о гражданских и политических правах, — рассмотрел в Женеве третий периодический доклад Туркменистана. Перед сессией Туркменский Хельсинкский фонд вместе с другими организациями направил в Комитет свою информацию.',
          },
          {
            type: 'p',
            text: 'Члены Комитета спрашивали правительственную делегацию о людях, которых многие годы содержат без связи с внешним миром, некоторых — с событий 2002 года, и чьи родственники не знают, живы ли они. Также обсуждались пытки в местах лишения свободы, давление на правозащитников и журналистов и произвольные ограничения на выезд из страны.',
          },
          { type: 'h2', text: 'Наши главные опасения' },
          {
            type: 'ul',
            items: [
              'Насильственные исчезновения в тюрьмах, в том числе в тюрьме Овадан-Депе.',
              'Отсутствие независимого мониторинга мест лишения свободы.',
              'Запреты на выезд и отказ обменивать паспорта за границей.',
              'Преследование людей за контакты с иностранными СМИ.',
            ],
          },
          { type: 'h2', text: 'Что дальше' },
          {
            type: 'p',
            text: 'Делегация повторила, что Туркменистан выполняет свои международные обязательства, но не предоставила никаких сведений о конкретных людях, которых назвали члены Комитета. Мы призываем правительство без промедления выполнить рекомендации Комитета и прежде всего раскрыть судьбу и местонахождение каждого заключённого, содержащегося без связи с внешним миром, и разрешить родственникам посещать их.',
          },
        ],
      },
      tk: {
        status: 'published',
        title: 'BMG-niň Adam hukuklary boýunça komiteti Türkmenistandan dereksiz ýiten tussaglar barada sorady',
        summary:
          'Türkmenistanyň hasabatyna Ženewada seredende, BMG-niň Adam hukuklary boýunça komiteti türmelerdäki mejbury ýitirim edilmeleri, gynamalary we ýurtdan çykmagyň çäklendirilmegini gozgady. Hökümetiň jogaplary esasy soraglary açyk galdyrdy.',
        seoDescription:
          'BMG-niň Adam hukuklary boýunça komiteti Ženewada Türkmenistanyň hasabatyna seretdi: dereksiz ýiten tussaglar, gynamalar, çykyş gadagançylyklary.',
        body: [
          {
            type: 'p',
            text: '2023-nji ýylyň mart aýynda Raýat we syýasy hukuklar hakyndaky halkara paktyň ýerine ýetirilişine gözegçilik edýän garaşsyz bilermenlerden ybarat BMG-niň Adam hukuklary boýunça komiteti Ženewada Türkmenistanyň üçünji döwürleýin hasabatyna seretdi. Sessiýadan öň Türkmen Helsinki Gaznasy beýleki guramalar bilen bilelikde komitete öz maglumatlaryny iberdi.',
          },
          {
            type: 'p',
            text: 'Komitetiň agzalary hökümet wekiliýetinden köp ýyllap, käbirleri 2002-nji ýylyň wakalaryndan bäri daşky dünýä bilen aragatnaşyksyz saklanýan we garyndaşlary olaryň diridigini-ölüdigini bilmeýän adamlar barada soradylar. Şeýle hem tussaglykda saklanylýan ýerlerdäki gynamalar, adam hukuklaryny goraýjylara we žurnalistlere edilýän basyş, ýurtdan çykmagyň keýpe görä çäklendirilmegi gozgaldy.',
          },
          { type: 'h2', text: 'Biziň esasy aladalarymyz' },
          {
            type: 'ul',
            items: [
              'Türmelerde, şol sanda Owadan-Depe türmesinde mejbury ýitirim edilmeler.',
              'Tussaglykda saklanylýan ýerlere garaşsyz gözegçiligiň ýoklugy.',
              'Çykyş gadagançylyklary we daşary ýurtda pasportlary täzelemekden ýüz öwürmek.',
              'Adamlaryň daşary ýurt metbugaty bilen gatnaşygy üçin yzarlanmagy.',
            ],
          },
          { type: 'h2', text: 'Indiki ädimler' },
          {
            type: 'p',
            text: 'Wekiliýet Türkmenistanyň halkara borçnamalaryny ýerine ýetirýändigini gaýtalady, ýöne komitetiň agzalarynyň atlaryny tutan anyk adamlary barada hiç hili maglumat bermedi. Biz hökümeti komitetiň tekliplerini gijikdirmän ýerine ýetirmäge, ilki bilen daşky dünýä bilen aragatnaşyksyz saklanýan her bir tussagyň ykbalyny we ýerleşýän ýerini aýan etmäge hem-de maşgalalaryna olar bilen görüşmäge rugsat bermäge çagyrýarys.',
          },
        ],
      },
    },
  },

  // 8. Relatives of activists barred from leaving: published in Turkmen only.
  {
    key: 'b-activists-relatives-exit-bans',
    sourceLocale: 'tk',
    category: 'freedom-of-movement',
    tags: ['migrants', 'turkey'],
    authors: ['thf-staff'],
    publishedAt: '2023-12-05T09:40:00Z',
    cover: 'passport',
    translations: {
      tk: {
        status: 'published',
        title: 'Daşary ýurtdaky aktiwistleriň garyndaşlary ýurtdan çykyp bilmeýär',
        summary:
          'Türkiýede we beýleki ýurtlarda ýaşaýan tankytçylaryň Türkmenistandaky garyndaşlary howa menzilinde saklanýar, polisiýa çagyrylýar we işden boşadylmak bilen gorkuzylýar.',
        seoDescription:
          'Daşary ýurtda ýaşaýan aktiwistleriň Türkmenistandaky garyndaşlaryna çykyş gadagançylygy, polisiýa çagyryşlary we işden boşatmak haýbaty.',
        body: [
          {
            type: 'p',
            text: 'Türkiýede, Russiýada we Ýewropada ýaşap, Türkmenistanyň häkimiýetlerini açyk tankytlaýan adamlaryň ýurtdaky garyndaşlary yzygiderli basyş astynda galýar. Gaznamyza ýüz tutan maşgalalaryň aýtmagyna görä, olary howa menzilinde uçara mündürmeýärler, ýerli häkimlige we polisiýa çagyrýarlar, iş ýerindäki ýygnaklarda köpçüligiň öňünde masgaralaýarlar.',
          },
          {
            type: 'p',
            text: 'Lebap welaýatyndan bir aýal Stambulda ýaşaýan ogly sosial ulgamlarda wideo ýazgylary çap edip başlandan soň, özüniň we ýanýoldaşynyň daşary ýurda çykmagynyň gadagan edilendigini gürrüň berdi. Olara hiç hili ýazmaça düşündiriş berilmändir, ýerli işgärler bolsa gadagançylygyň «ýokardan» gelendigini aýtmak bilen çäklenipdirler.',
          },
          {
            type: 'quote',
            text: '«Bize: “Ogluňyzy öýe gaýtaryň, ýogsa ýagdaýyňyz has erbetleşer” diýdiler. Biz ony nädip gaýtaryp bileris? Ol uly adam, öz pikiri bar» — diýip, ol aýtdy.',
          },
          { type: 'h2', text: 'Kollektiw jeza' },
          {
            type: 'p',
            text: 'Adamy garyndaşynyň pikiri ýa-da işi üçin jezalandyrmak halkara hukugyna, şol sanda Türkmenistanyň goşulan Raýat we syýasy hukuklar hakyndaky halkara paktyna ters gelýär. Biz häkimiýetleri aktiwistleriň maşgala agzalaryna edilýän basyşy bes etmäge, çykyş gadagançylyklaryny ýatyrmaga we her bir çäklendirme boýunça kazyýetde şikaýat edip bolýan ýazmaça karar bermäge çagyrýarys. Türkiýäniň we beýleki kabul edýän ýurtlaryň häkimiýetlerini bolsa bu meseläni Aşgabat bilen gepleşiklerde gozgamaga çagyrýarys.',
          },
        ],
      },
    },
  },
];
