//! The default theme lexicon: (id, label, highlight colour, comma-separated terms).
//!
//! A curated vocabulary of general news language, written for this project (not mined from
//! any corpus). Terms are matched by Snowball stem and suffix class, so one form covers its
//! plural ("treaty" → "treaties"); verb forms that matter are listed ("killed", "trading").
//! Multi-word terms are matched as word sequences and win over their single words. A leading
//! `+` marks strong evidence (unambiguous words), `~` weak evidence: words that occur across
//! topics ("market", "team", "award", "attack", place names) — an IDF-like weight written by
//! hand, so that one specific word outweighs several generic ones. Colours are light tints:
//! #1a1a1a text on them keeps a contrast ≥ 4.5:1 (checked by a test), and they stay readable as
//! highlight backgrounds in dark mode.
//!
//! Labels use IPTC wording, so the theme reads as the topic it stands for ("Economy, business &
//! finance", "Conflict, security & defence").

/// The built-in themes.
pub(super) const THEMES: &[(&str, &str, &str, &str)] = &[
    (
        "politics",
        "Politics & government",
        "#fde2a7",
        "governments, +elections, +electoral, +elected, vote, voted, +voters, voting, +parliament, +parliamentary, \
         +congress, +congressional, +senate, ~president, +presidential, +prime minister, ministers, party, \
         +politics, +political, opposition, +campaign trail, campaign, campaigning, +legislation, +legislature, \
         ~bill, ~policy, +cabinet, +democrats, +republicans, +GOP, +labour party, +tories, conservatives, liberal, \
         +liberal democrats, ~coalition, +referendum, +governor, +mayor, +ballot, +constitution, +constitutional, \
         +white house, +downing street, +whitehall, +house of commons, +the commons, ~lords, +MP, +MPs, +MEP, \
         +candidates, ~polls, +opinion poll, +incumbent, +re-election, +nominee, ~convention, +manifesto, \
         administration, +regime, +democracy, +chancellor, +home secretary, +home office, +general election, \
         speaker, +senators, +ministry, +state department, +secretary of state, +reform bill, ~taxpayers, \
         +public spending, +civil service, +civil servants, +council tax, ~council, ~official, ~premier, \
         +parliamentarians, +politicians, +constituency, ~mandate, +veto, +impeachment, ~leaders, \
         +opposition leader, +president-elect, +vice president, +monarchy, +senate race, +presidential race, \
         +polling stations, +polling, +turnout, +exit polls, +lawmakers, +legislators, +party leader, \
         +elections commission, +electoral commission, +recount, +lib dem, +conservative party, +labour, +SNP, \
         +plaid cymru",
    ),
    (
        "diplomacy",
        "Diplomacy & international relations",
        "#c7e3ff",
        "+diplomacy, +diplomatic, +diplomats, +bilateral, +multilateral, +foreign policy, +foreign ministry, \
         +foreign secretary, +foreign affairs, +summit, +ambassador, +embassy, +treaty, alliance, allies, \
         ~partnership, +strategic partnership, ~sovereign, +sovereignty, ~outreach, ~engagement, relations, \
         +international relations, +united nations, +UN, +security council, +general assembly, +nato, \
         +european union, +EU, negotiations, +negotiators, ~talks, +envoy, ~reaffirm, ~reaffirmed, cooperation, \
         +sanctions, ~international, ~foreign, +state visit, +delegation, ~accord, +peace talks, +peace process, \
         +peace plan, +peace deal, +international community, ~resolution, +g8, +g7, +african union, +arab league, \
         +asean, +apec, ~iran, ~israel, +israeli, +palestinians, ~syria, ~lebanon, ~afghanistan, ~pakistan, ~india, \
         ~china, ~chinese, +beijing, ~north korea, +pyongyang, ~south korea, ~russia, ~russian, +kremlin, ~ukraine, \
         +ukrainian, ~sudan, ~somalia, ~ethiopia, ~nigeria, ~congo, ~zimbabwe, ~libya, ~egypt, ~saudi, \
         ~saudi arabia, ~jordan, ~yemen, ~cyprus, ~haiti, ~venezuela, ~colombia, ~cuba, ~islamabad, ~tehran, ~kabul, \
         ~moscow, ~brussels, ~jerusalem, ~cairo, ~damascus, ~indonesia, ~philippines, ~vietnam, ~myanmar, ~burma, \
         ~nepal, ~sri lanka, ~bangladesh, ~uzbekistan, ~georgia, ~belarus, ~serbia, ~kosovo, ~bosnia, ~turkey, \
         ~greece, ~poland, ~mexico, ~bolivia, ~peru, ~chile, ~argentina, ~brazil, ~abroad, ~countries, ~nations, \
         +visiting, +peace, +peace agreement, +foreign ministers, +nuclear talks, +six-party talks, +summit meeting",
    ),
    (
        "security",
        "Conflict, security & defence",
        "#ffc9c9",
        "security, +counterterrorism, +counter-terrorism, +terrorism, +terrorists, +terror, defense, +defence, \
         +military, +army, +troops, +soldiers, intelligence, +extremism, +extremists, +militants, +militias, \
         ~attacks, attacked, +wars, +conflict, +missiles, +weapons, armed, +insurgents, +insurgency, +rebels, \
         +guerrillas, threats, +cross-border, ~border, +ceasefire, +cease-fire, +instability, ~nuclear, \
         +nuclear weapons, +nuclear programme, +nuclear program, +navy, +air force, +bombs, +bombings, +bombers, \
         +suicide bomber, +car bomb, +blast, +gunmen, killed, +kill, ~dead, +wounded, +casualties, civilians, \
         +hostages, +kidnap, +kidnapped, +kidnappers, +kidnapping, +beheaded, +beheading, +hamas, +hezbollah, \
         +al-qaeda, +qaeda, +al-qaida, +qaida, +taliban, +bin laden, +fighters, fighting, ~offensive, +airstrikes, \
         +air strike, +raids, +occupation, +invasion, +pentagon, +defense secretary, +iraq, +iraqis, +baghdad, \
         +falluja, +fallujah, +najaf, +mosul, +basra, +gaza, +west bank, +chechnya, +chechen, +kashmir, +darfur, \
         +peacekeepers, +peacekeeping, +genocide, +massacre, +violence, +clashes, +uprising, +coup, ~stability, \
         +regional security, +regional stability, ~tensions, +shelling, +artillery, ~tanks, +gunfire, +shot dead, \
         +killing, +marines, +commanders, ~general, ~forces, +security forces, +armed forces, ~occupied, +ambush, \
         +explosives, +landmine, +sniper, +warplanes, +helicopter gunship, +intifada, +jihad, +jihadist, +islamists, \
         +separatists, +secessionist, ~withdrawal, +deployment, +deployed, +homeland security, +spy, +espionage, \
         +surveillance, +prisoners of war, +suicide attacks, +suicide bombing, +abducted, +captives, +hijack, \
         +hijacked, +hijackers, +warlords, +paramilitary, +combat, ~battles, +frontline, +air raid",
    ),
    (
        "crime",
        "Crime, law & justice",
        "#f3d9c4",
        "crimes, criminals, police, policeman, courts, judges, trial, prison, prisoners, arrested, arrests, \
         lawsuits, sue, suing, justice, +murdered, +murders, fraud, +prosecutors, prosecution, prosecuted, \
         ~sentence, sentenced, ~investigation, investigators, jail, jailed, charged, ~charges, guilty, convicted, \
         conviction, accused, ~alleged, allegedly, lawyers, attorneys, attorney general, supreme court, high court, \
         ~appeal, ~ruling, ruled, verdict, jury, testimony, testified, ~witness, corruption, bribery, bribes, \
         smuggling, trafficking, drug trafficking, theft, +robbery, stolen, shooting, guns, suspects, detained, \
         detention, custody, indictment, indicted, ~settlement, fined, legal, ~laws, illegal, illegally, \
         +scotland yard, +FBI, gangs, +homicide, +rape, assault, victim, acquitted, bail, parole, death penalty, \
         execution, executed, inmates, convict, felony, misconduct, class action, plaintiffs, defendants, \
         court case, tribunal, extradition, abuse, abused, police officer, ~officers, detectives, crackdown, probe, \
         inquiry",
    ),
    (
        "economy",
        "Economy, business & finance",
        "#c8f0d0",
        "+economic, +economies, +productivity, +economists, +GDP, +inflation, +recession, +interest rates, +federal reserve, fed, \
         +central bank, +stock market, +wall street, +dow, +dow jones, +nasdaq, +s&p, +ftse, +nikkei, +shareholder, \
         +investor, +earnings, +quarterly, +profits, +revenues, ~sales, +shares, +share price, stock, +mergers, \
         +acquisitions, +acquire, +acquired, +takeover, ~bid, +buyout, +IPO, +initial public offering, +bankruptcy, \
         +chapter 11, +creditors, ~bond, +yields, +dollars, ~euro, +yen, +currencies, +exchange rate, +fiscal, \
         +monetary, taxes, consumers, +consumer spending, spending, +retail, +retailers, ~price, ~costs, companies, \
         firms, +corporation, ~corp, ~inc, ~ltd, ~plc, +chief executive, +CEO, +CFO, ~executives, ~board, ~chairman, \
         ~analysts, ~forecast, ~outlook, ~quarter, +fiscal year, ~percent, ~billion, ~million, jobs, +unemployment, \
         +jobless, +payrolls, employment, ~workers, ~unions, ~strike, ~labor, +wages, +pensions, +banks, +banking, \
         +lenders, +loans, +mortgages, credit, debt, investments, +invest, +invested, ~fund, +hedge fund, \
         +mutual fund, +insurance, +insurers, +airlines, ~carrier, +industries, +industrial, +manufacturers, \
         +manufacturing, +factories, ~output, ~production, ~demand, ~supply, ~growth, ~markets, +marketplace, \
         +trading, +traders, +brokerage, +commodities, +housing market, +home sales, +real estate, +property market, \
         +business, +businesses, +commerce, ~deal, ~contract, ~brand, ~stores, +wal-mart, +boeing, +airbus, \
         +general motors, +GM, +chrysler, +daimlerchrysler, +toyota, +volkswagen, +ford motor, +citigroup, \
         +jp morgan, +goldman sachs, +morgan stanley, +merrill lynch, +fannie mae, +freddie mac, +enron, +worldcom, \
         +securities and exchange commission, +SEC, +IMF, +international monetary fund, trade, infrastructure, \
         +finance, +financial, +financing, budget, ~deficit, +budget deficit, +subsidy, +privatisation, \
         +privatization, +regulators, +antitrust, +competition commission, stake, +dividends, sharply, cents, \
         ~pounds, +sterling, +bankrupt, +restructuring, +layoffs, +job cuts, +cut jobs, +shed jobs, ~chain, \
         +supermarkets, +tesco, +sainsbury, +marks & spencer, ~warehouse, ~discount, ~sold, ~selling, ~sell, ~buy, \
         ~bought, +purchase, +purchased, ~customer, +LSE, +london stock exchange, +NYSE, +euronext, +deutsche, \
         +barclays, +hsbc, +UBS, +credit suisse, ~morgan, +nestle, +unilever, +coca-cola, +pepsi, +mcdonald, +kmart, \
         +sears, +costco, ~delta, +united airlines, +us airways, +ryanair, +easyjet, +british airways, +lufthansa, \
         +volvo, +nissan, +honda, +bmw, +renault, +peugeot, +fiat, +mitsubishi, +philips, +siemens, +alcatel, \
         +vivendi, +bertelsmann, +halliburton, +pfizer, +merck, +glaxosmithkline, +astrazeneca, +novartis, +bayer, \
         +dupont, +3m, +kodak, +xerox, +AIG, ~marsh, +fidelity, +pharmaceuticals, +drugmakers, +automakers, \
         +carmakers, +car sales, +steelmaker, +overtime pay, +minimum wage, +labor department, +consumer confidence, \
         +retail sales, +durable goods, +jobless claims, +factory orders, +housing starts, +gold prices, ~loss, \
         +net loss, +net income, +rate hike, ~rates, +treasuries, +economic growth, +economic stability, \
         +economic support, +stock exchange, +shares fell, +shares rose, +chief financial officer, +holding company, \
         +subsidiary, +conglomerate, +wholesale, +inventories, +tycoon, +billionaire, +entrepreneur, +startup, \
         +venture capital, +accounting, +auditors, +bankers, +tax cut, +taxation, +income tax, +vat, +stamp duty, \
         ~interest, +economic recovery",
    ),
    (
        "trade",
        "Trade",
        "#d9f2b4",
        "+tariffs, +export, +exported, +exporting, +import, +imported, +importing, +exporters, +importers, \
         +free trade, +trade deal, +trade agreement, +trade talks, +trade deficit, +trade surplus, +trade war, \
         +trade dispute, +trade facilitation, +trade barriers, +world trade organization, +world trade organisation, \
         +WTO, ~customs, +quotas, +anti-dumping, +dumping, +protectionism, +protectionist, +supply chain, ~shipping, \
         ~cargo, +trade gap, +trade figures, +trade bloc, +textiles, +nafta",
    ),
    (
        "development",
        "International development & aid",
        "#e6dcff",
        "development, +development initiatives, aid, +foreign aid, +poverty, +world bank, +debt relief, \
         +developing countries, +developing nations, +developing world, +third world, ~africa, ~african, +donors, \
         +donor countries, +reconstruction, ~corridor, ~construction, ~projects, ~roads, ~railway, ~port, \
         +millennium development goals, +aid agencies, +oxfam, +unicef, +hunger, +malnutrition, \
         +sustainable development",
    ),
    (
        "energy",
        "Energy & resources industry",
        "#fff1b8",
        "+energy, +oil, +crude, +crude oil, +barrels, +opec, +petroleum, +gasoline, +petrol, fuel, +natural gas, \
         ~gas, +pipelines, +refineries, +electricity, +power plant, +power station, +nuclear power, \
         +renewable energy, +renewable, +solar power, +wind power, +wind farm, +coal, ~mining, ~miners, +utilities, \
         ~grid, +exxon, +exxonmobil, +chevron, +BP, +royal dutch shell, ~shell, +gazprom, +yukos, +heating oil, \
         +oil prices, +oil company, +drilling, ~offshore, +LNG, +oilfield, +oil field, +oil output, +oil supplies, \
         +energy prices, +rosneft, +conocophillips, +texaco, +oil giant, +power prices, +gas prices, +fuel prices",
    ),
    (
        "science",
        "Science & technology",
        "#d6e4f5",
        "+outer space, +space shuttle, +technologies, +technological, +tech, +hi-tech, +high-tech, +sciences, \
         +scientists, +scientific, research, ~study, +software, +hardware, +computers, +computing, +internet, \
         online, web, +websites, +browser, +e-mail, +email, +spam, +computer virus, +worm, +hacker, +hacking, \
         +cyber, +security flaw, +vulnerability, ~patch, +phishing, +spyware, +malware, +microsoft, windows, +linux, \
         +google, +yahoo, apple, +ipod, +itunes, +ibm, +intel, +AMD, chips, +chipmaker, +semiconductors, \
         +processors, +servers, +dell, +hewlett-packard, +HP, +oracle, +peoplesoft, +sun microsystems, +cisco, \
         +nokia, +samsung, ~sony, +nintendo, +playstation, +xbox, +video games, +computer games, +games industry, \
         +games maker, +games developer, +ringtones, +mobile operators, +games console, +gamers, +gaming, +wireless, \
         +wi-fi, +wifi, +broadband, +mobile phones, +mobiles, +cell phones, +cellphone, +handsets, +smartphone, \
         +telecoms, +telecommunications, +gadgets, digital, +downloads, +downloading, +file sharing, +peer-to-peer, \
         ~piracy, +napster, +mp3, +blogs, +bloggers, +robots, +robotics, +artificial intelligence, +nanotechnology, \
         +biotech, +biotechnology, +genome, +genes, +genetic, +DNA, +stem cells, +cloning, ~space, +nasa, \
         +spacecraft, +space station, +shuttle, +astronauts, rocket, +satellites, +orbit, +mars, ~moon, +planets, \
         +telescope, +hubble, +astronomy, +galaxy, +asteroid, +comet, +saturn, +jupiter, +cassini, +physics, \
         +chemistry, +biology, +fossils, +dinosaurs, +evolution, +archaeologists, +laboratory, ~lab, +experiments, \
         ~discovery, +invention, ~innovation, +engineers, +engineering, ~data, +database, user, ~site, +devices, \
         +laptops, +PC, +PCs, +desktop, +operating system, ~applications, ~programs, ~code, +silicon valley, \
         +e-commerce, +ebay, ~amazon, +aol, +msn, +skype, +voip, +internet telephony, +firefox, +mozilla, +netscape, \
         +java, +unix, +SCO, +red hat, +SAP, +symantec, +mcafee, +realnetworks, +tivo, +blackberry, +nanotech, \
         +quantum, +laser, +electronics, +consumer electronics, +hdtv, +flat-panel, +searches, +internet explorer, \
         +ISPs, ~domain, +URL, +spam e-mail, +microprocessor, +supercomputers, +PDA, +handheld, +GPS, +rfid, \
         +bluetooth, +3g, +4g, ~tablet, +texas instruments, +motorola, +qualcomm, +ericsson, +vodafone, +t-mobile, \
         +verizon, +at&t, +BT, +apple computer, +macintosh, mac, +sony ericsson, +nvidia, +ATI, +lenovo, ~gateway, \
         +computer maker, +adobe, +salesforce, +journal, +physicists, +particle, +space agency, +ESA, +launch pad, \
         +space tourism, +rover, +lunar, +solar system, +universe, +biologists, +researcher, +geneticists, \
         +genetically, +genetically modified, +clone, +cloned, +open-source, +programmers, ~developers, \
         +source code, +storage, +chipset, +bandwidth, ~networks, +networking, +wimax, +router, +ethernet, \
         +encryption, +passwords, ~patents, +nanotubes, +superconductor, +fuel cells, +hydrogen, +instant messaging, \
         +messenger, +search engines, +desktop search, +camera phones, +digital cameras, +hd dvd, +blu-ray, \
         +itanium, +pentium, +opteron, +athlon, +centrino, +hotspots, +sirius, +xm satellite, +satellite radio, \
         +web browser, +web sites, +internet users, +software maker, +version, ~upgrade, +beta, +programming, \
         +computer scientists, +tech firm, +technology firm, +technology company, +tech giant, ~mission, ~launched, \
         ~launches, +astronomer, +space probe, +mice, +chimpanzees, +primates, +molecule, +atom, +neutrino, \
         +gravity, +meteorite, +climate scientists, ~findings",
    ),
    (
        "health",
        "Health & medical science",
        "#c4f1ee",
        "+health, +healthcare, +health care, +hospitals, +diseases, +vaccines, +vaccination, +patients, +doctors, \
         +physicians, +medical, +medicines, +pandemic, +epidemic, +cancer, +tumor, +tumour, +treatments, \
         +infections, +outbreak, +nurses, ~drugs, +FDA, +food and drug administration, +clinical trials, +surgery, \
         +surgeons, +heart disease, +heart attack, +diabetes, +obesity, +HIV, +hiv/aids, +aids virus, \
         +aids epidemic, +flu, +influenza, +bird flu, +SARS, +malaria, +tuberculosis, +polio, +ebola, +symptoms, \
         +diagnosis, +therapy, ~brain, +smoking, +tobacco, ~alcohol, +diet, +nutrition, +mental health, +NHS, \
         +world health organization, +CDC, +health insurance, +medicare, +medicaid, +prescriptions, +antibiotic, \
         +viruses, +illness, +illnesses, blood, heart, ~stroke, +alzheimer, +asthma, +obese, +pregnant, +pregnancy, \
         +births, +breast cancer, +chemotherapy, +vioxx, +painkiller, +side effects, +doses, +cholesterol, +clinics, \
         +medically, ~healthy, +calories, +mad cow, +BSE",
    ),
    (
        "environment",
        "Environment & climate science",
        "#d3f5c0",
        "+environment, +environmental, +climate, +climate change, +global warming, +greenhouse gas, \
         +greenhouse gases, +greenhouse, +carbon, +carbon dioxide, +pollution, +pollutants, +polluted, +kyoto, \
         +kyoto protocol, +wildlife, +endangered, +endangered species, +habitats, +biodiversity, +conservation, \
         +conservationists, +forests, +deforestation, +rainforest, +oceans, +coral, +marine life, \
         +marine biologists, +marine species, +reefs, +whales, ~dolphins, ~birds, ~fish, ~fishing, +ecosystems, \
         +ozone, +recycling, ~waste, +toxic, +glaciers, +arctic, +antarctic, +antarctica, ~ice, +sea levels, \
         +extinction, +extinct, +greenpeace, +WWF, +EPA, +environmentalist, +green groups, +smog, +air pollution, \
         +emission, +animal, ~plants, +ecologists, +ecology, +pesticides, +organic, +wetlands, +rain forest, +trees",
    ),
    (
        "society",
        "Society & human rights",
        "#f0e0d0",
        "~community, ~families, +migrants, +immigration, +immigrants, +refugees, +asylum, +asylum seekers, \
         +religion, +religious, +church, +muslims, +christians, +islam, +islamic, +jewish, +catholic, +pope, \
         +vatican, +mosque, protests, +protesters, +protestors, +demonstrators, +demonstration, rights, \
         +human rights, +civil rights, +gay, +same-sex marriage, +gay marriage, +abortion, ~women, ~children, \
         ~housing, +welfare, +discrimination, +racism, +racist, +equality, ~social, +charities, +volunteers, \
         +elderly, ~youth, +population, +census, +homeless, +homelessness, +freedom of speech, +free speech, \
         +civil liberties, +amnesty international, +human rights watch, +minorities, +ethnic, +tribal, +clergy, \
         +archbishop, +bishop",
    ),
    (
        "education",
        "Education & government policy",
        "#e0ecd0",
        "+schools, +education, +educational, +students, +teachers, +universities, +colleges, +classrooms, \
         +curriculum, +exams, +tuition, +tuition fees, +pupils, +graduates, ~degree, +literacy, +academics, +campus, \
         +headteachers, +school board, +kindergarten, +schooling, +teaching, +lecturer",
    ),
    (
        "sport",
        "Sport",
        "#d0f0ff",
        "+sports, +sporting, +football, +soccer, +cricket, +rugby, +tennis, +golf, +baseball, +basketball, +hockey, \
         +olympics, +athletics, +athletes, +boxing, +cycling, +motorsport, +formula one, +grand prix, +nba, +nfl, \
         +nhl, +mlb, +fifa, +uefa, +premiership, +premier league, +champions league, +world cup, +super bowl, \
         +touchdowns, +homers, +home runs, +pitchers, +batter, +playoffs, +postseason, +wickets, +batsman, +bowler, \
         +test match, +grand slam, +wimbledon, +us open, +tour de france, +marathon, ~sprint, +midfielder, \
         +goalkeeper, +referee, +umpire, +stadium, +head coach, ~manager, +tournament, +championships, +medals, \
         +gold medal, ~gold, +silver medal, +bronze medal, +bronze, +medallist, +medalist, +semi-finals, \
         +semifinals, +quarter-finals, +quarterfinals, ~finals, +league, cup, ~season, ~matches, ~games, ~teams, \
         +players, +teammates, ~club, ~win, ~won, +victories, defeat, defeated, ~beat, +scored, ~score, +goals, \
         ~points, ~title, +champions, ~record, ~race, +racing, +lap, +pole position, ~driver, +seeded, +nascar, \
         +PGA, +LPGA, +ryder cup, +davis cup, ~masters, +six nations, ~ashes, +world series, +MVP, +rookie, ~draft, \
         +free agent, +hat-trick, ~penalty, +red card, +yellow card, +relegation, +knockout, +heavyweight, +bout, \
         +jockey, ~derby, +racehorse, +skater, +skating, +skiing, +swimmer, +swimming, +gymnast, +gymnastics, \
         ~athens, +yankees, +red sox, +mets, +cubs, +white sox, +dodgers, ~giants, ~cardinals, +braves, +astros, \
         +orioles, +mariners, ~rangers, +padres, +rockies, +marlins, +expos, +phillies, +brewers, +diamondbacks, \
         +devil rays, +patriots, +colts, +steelers, +eagles, +cowboys, +redskins, +packers, +vikings, +broncos, \
         +raiders, +chargers, +seahawks, +49ers, +buccaneers, +bengals, +ravens, +titans, +jaguars, +texans, \
         +falcons, +panthers, +lakers, +knicks, +pistons, +pacers, +spurs, +mavericks, +timberwolves, +nuggets, \
         +sonics, +cavaliers, +raptors, +grizzlies, +hornets, +clippers, +notre dame, +ncaa, +big ten, +heisman, \
         +arsenal, +chelsea, +manchester united, ~liverpool, +real madrid, ~barcelona, +juventus, +ac milan, \
         +inter milan, +bayern munich, ~newcastle, +everton, +tottenham, ~celtic, +sox, +ballpark, +outfielder, \
         +shortstop, +pitched, +RBI, +linebacker, +receiver, +yards, +rushing, +field goal, +kickoff, +quarterbacks, \
         +halftime, ~overtime, +unbeaten, +undefeated, +defending champion, +title defence, +squad, +midfield, \
         +dribble, +tee, +birdies, +bogey, ~par, +fairway, +putt, +golfers, +tennis player, +doubles, \
         +singles title, +seeds, +scrum, +try line, +fly-half, +test series, +wicketkeeper, +all-rounder, +ODI, \
         +one-day, +sprinters, +olympians, +world record, +personal best, +doping, +anti-doping, +drugs test, +iaaf, \
         +IOC, +fa cup, +carling cup, +england coach, ~captain, +skipper, ~injury, +hamstring, ~transfer, \
         +contract extension, ~ranked, +rankings, +seeding, +tiebreak, +set point, +match point, +innings, +runs, \
         +coach, +nba finals, +slam dunk, +rebounds, +assists, +free throws, +points per game, +stanley cup, +puck, \
         +lockout, +cyclists, +ferrari, +mclaren, ~pitch, ~kick, ~kicked, +striker, +penalty kick, +own goal, \
         +equaliser, +equalizer, ~winner, +runner-up, +play-offs, +qualifiers, +qualifying, +world championships, \
         +grand national, +horse racing, ~trainer",
    ),
    (
        "culture",
        "Arts, culture & entertainment",
        "#f5d0f0",
        "+films, +movies, +music, +albums, +artists, +actors, +actresses, +museum, +festivals, +theatre, +theater, \
         ~books, +novels, +novelist, ~author, ~writer, +television, +tv, +concerts, ~awards, +oscars, +grammys, \
         +baftas, +golden globes, +emmys, +box office, +hollywood, +bollywood, +singers, +bands, ~rock, ~pop, \
         +hip-hop, +rap, +rapper, +songs, ~charts, ~single, ~stars, +celebrities, +comedy, +comedian, +drama, \
         +sitcom, ~soap, ~series, +episode, ~shows, ~stage, +producer, ~studio, +cinemas, +documentary, +arts, \
         +paintings, +painter, +gallery, +exhibition, +sculpture, +opera, +ballet, ~dance, +fashion, +designer, \
         +channel 4, +ITV, +record label, +musicians, +orchestra, +poet, +poetry, +literature, +literary, \
         +booker prize, +fiction, +bestseller, +premiere, +sequel, +soundtrack, ~dvd, +reality tv, +reality show, \
         +entertainment, +showbiz, +star wars, +broadway, +west end, +screenplay, +nominations, +nominated, \
         +best actor, +best actress, +best film, +best picture, ~director, +directed, +starring, +starred, +lyrics, \
         +guitarist, +drummer, +chart-topping, ~number one, ~top 10, +gigs, ~tour, +glastonbury, +brit awards, +MTV, \
         +rock band, +pop star, +pop music, radio, +DJ, +bbc one, +bbc two, ~channel, viewers, +audiences, ~ratings, \
         +broadcaster, +soap opera, ~cast, ~roles, ~characters, +animated, +pixar, +disney, +dreamworks, \
         +warner bros, +paramount, +universal pictures, +sony pictures, +culture, +cultural, comic, +comedy show, \
         ~play, +playwright, +theatrical, +musical, ~copies, +sold out, +hit single, +debut album, +recorded, \
         +recording, ~label",
    ),
    (
        "disaster",
        "Disasters & humanitarian emergencies",
        "#ffd8b0",
        "+earthquakes, +quake, +floods, +flooding, +hurricanes, +typhoon, +cyclone, +storms, +tornado, ~fire, \
         +wildfires, +blaze, ~crash, +plane crash, +accidents, +disasters, +tsunami, +drought, +famine, +rescue, \
         +rescuers, +rescued, +evacuate, +evacuated, +evacuation, +landslides, +volcano, +eruption, +avalanche, \
         +death toll, +survivors, emergency, +humanitarian, +aid workers, relief, +red cross, +derailed, +collision, \
         +sank, +ferry, +shipwreck, explosion, ~collapse, ~damage, ~destroyed, +heat wave, ~weather, +forecasters, \
         +hurricane center, +mudslides, +fatalities, ~injured, ~missing, +aftershocks, +magnitude, +richter, \
         +floodwaters, +rainfall, +heavy rain, +monsoon, +blizzard, +snowstorm",
    ),
];
