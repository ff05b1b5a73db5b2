// Curated lists of common given and family names from many regions, written from general
// knowledge to complement the faker-generated lists (names.generated.ts), which miss many
// common names of South Asia, Africa, the Pacific and elsewhere. '|'-separated like the
// generated lists. Names that are also ordinary words, places or products are left out.

export const CURATED_GIVEN_NAMES = [
  // India (Hindi, North)
  'Priya|Rahul|Anjali|Vikram|Sneha|Rohan|Priyanka|Amit|Sumit|Ankit|Ankita|Pooja|Neha|Rajesh|Suresh|Ramesh|Mahesh|Dinesh|Anil|Sunil|Vijay|Sanjay|Ajay|Manoj|Pankaj|Deepak|Rakesh',
  'Mukesh|Arjun|Aarav|Vivaan|Aditya|Ishaan|Kabir|Ananya|Aditi|Kavya|Diya|Isha|Nisha|Shreya|Riya|Pallavi|Swati|Shweta|Divya',
  // India (Tamil, Telugu, Kannada, Malayalam)
  'Karthik|Arun|Senthil|Murugan|Lakshmi|Saravanan|Venkatesh|Srinivas|Ramya|Lavanya|Keerthana|Priyadarshini|Balaji|Ganesh|Ramanathan|Subramaniam|Gopal|Prakash|Selvi|Kavitha',
  'Vijaya|Anand|Aravind|Naveen|Praveen|Deepa|Revathi|Sowmya|Sindhu|Bhavana|Krishna|Vishnu|Madhavan|Raghav|Srikanth|Chaitanya|Swathi|Sravani|Haritha|Anusha|Mounika|Sirisha|Pavan',
  'Kiran|Sreekanth|Manjunath',
  // India (Bengali, Odia, Assamese)
  'Sourav|Debashish|Arnab|Abhijit|Rituparna|Moumita|Sayantani|Soumya|Sudipta|Partha|Tanmoy|Anirban|Arindam|Indrani|Paromita|Tanushree|Sumana|Rupa|Suman|Swapan|Debjani|Sanchita',
  'Bidisha|Amitava',
  // India (Marathi, Konkani)
  'Pranav|Aniket|Tejas|Omkar|Shubham|Sagar|Swapnil|Vaibhav|Prajakta|Sayali|Madhura|Rutuja|Ketaki|Mrunal|Gauri|Ashwini|Shraddha|Snehal|Vrushali|Amruta|Sanket|Nilesh|Prashant',
  'Yogesh',
  // India (Gujarati, Rajasthani, Sindhi)
  'Hardik|Jignesh|Bhavesh|Hiren|Ketan|Chirag|Nirav|Parth|Jayesh|Kalpesh|Mitesh|Paresh|Rupal|Hetal|Krupa|Khushbu|Dhara|Jinal|Bhavna|Falguni|Nehal|Urvi|Heena|Payal',
  // India (Punjabi, Sikh)
  'Harpreet|Gurpreet|Manpreet|Jaspreet|Navjot|Simran|Amandeep|Harjit|Jasleen|Gurleen|Kuldeep|Baljit|Rajinder|Jaswinder|Sukhwinder|Paramjit|Harjot|Gurdeep|Navneet|Ranjit',
  'Inderjit|Jagdeep|Hardeep|Parminder',
  // Pakistan
  'Muhammad|Ahmed|Ali|Hassan|Hussain|Usman|Bilal|Hamza|Zain|Fatima|Ayesha|Zainab|Hira|Maryam|Saima|Nadia|Amna|Asad|Faisal|Imran|Kashif|Waqas|Adnan|Asif|Tariq|Junaid|Farhan',
  'Salman|Shahid|Naveed|Zeeshan|Sohail|Umair|Arslan|Ahsan|Shoaib',
  // Bangladesh
  'Rahim|Karim|Tanvir|Shakib|Farhana|Nusrat|Sadia|Tahmina|Mahmudul|Rafiq|Shahriar|Sabbir|Arif|Jannatul|Sumaiya|Mehedi|Rakib|Tasnim|Fahim|Nasrin|Shirin|Rubina|Riyad|Anisur',
  // Sri Lanka (Sinhala and Tamil)
  'Nuwan|Chaminda|Kasun|Tharindu|Dilshan|Lahiru|Chathura|Sanjeewa|Ruwan|Nimal|Kamal|Dinuka|Isuru|Malith|Nadeesha|Dilani|Chamari|Sanduni|Nirmala|Kumari|Thilini|Hasini|Ishara',
  'Gayani',
  // Nepal
  'Bikash|Prabin|Sujan|Anish|Sushil|Bibek|Nabin|Bishnu|Sabina|Pratima|Sarita|Samjhana|Bimala|Kamala|Srijana|Sangita|Manisha|Binod|Dipendra|Bishal|Pemba|Lhakpa|Nima|Mingma',
  // Nigeria (Yoruba)
  'Adebayo|Adewale|Ayodele|Babatunde|Oluwaseun|Olumide|Temitope|Tolulope|Funmilayo|Folake|Yetunde|Bukola|Damilola|Kehinde|Taiwo|Femi|Tunde|Segun|Kunle|Bisi|Sade|Dayo|Tobi',
  'Tomiwa|Ifeoluwa|Oluwatobi|Oluwafemi|Abimbola|Adeola|Adebola|Adeyemi|Ayomide|Morenike|Moyo',
  // Nigeria (Igbo)
  'Chinedu|Chidi|Chinonso|Chioma|Ngozi|Nkechi|Obinna|Emeka|Ikenna|Chukwuemeka|Uchenna|Ifeanyi|Chiamaka|Adaeze|Amarachi|Ebuka|Kelechi|Nnamdi|Chinwe|Uche|Obiageli|Chidinma|Chisom',
  'Somto|Tochukwu|Onyeka|Ugochukwu|Chinyere|Ijeoma|Ifeoma|Nneka|Chibuike|Chukwudi|Ikechukwu',
  // Nigeria (Hausa, Fulani, Kanuri) and Niger
  'Abubakar|Aminu|Bashir|Musa|Ibrahim|Yusuf|Aliyu|Lawal|Haruna|Nasiru|Sadiq|Shehu|Abdullahi|Umar|Aisha|Hauwa|Amina|Halima|Hadiza|Binta|Rahama|Hafsat|Asmau|Jamila',
  // Nigeria (Edo, Efik, Ibibio, Ijaw, Urhobo, Tiv)
  'Osagie|Osaze|Efosa|Eghosa|Omoruyi|Ivie|Osas|Itohan|Ekaette|Ekemini|Ime|Uduak|Nsikak|Aniekan|Mfon|Ubong|Ebiere|Tari|Timipre|Ebikabowei|Ovie|Oghenekaro|Oghenetega|Ejiro',
  // Ghana (Akan)
  'Kwame|Kwaku|Kwabena|Kofi|Kwasi|Kojo|Kwadwo|Akosua|Adwoa|Abena|Akua|Afua|Afia|Esi|Efua|Ekow|Kobina|Kweku|Akwasi|Adjoa|Kwesi|Fiifi|Efia|Ekua',
  // Ghana (Ewe, Ga)
  'Selorm|Senam|Elikem|Edem|Mawuli|Eyram|Delali|Elorm|Makafui|Kafui|Yayra|Senyo|Dzifa|Enyonam|Mawuena|Nii|Dzidzor|Sedem|Etornam|Fafali',
  // Kenya (Kikuyu)
  'Wanjiru|Wanjiku|Njeri|Wambui|Wairimu|Nyambura|Wangari|Muthoni|Njoki|Wangui|Waithera|Wacera|Nduta|Nyokabi|Wangeci|Gathoni|Kanini|Njambi|Wamaitha|Kamau|Njoroge|Mwangi|Kariuki',
  'Maina',
  // Kenya (Meru, Embu)
  'Makena|Kendi|Nkatha|Gakii|Kawira|Mwenda|Mutugi|Kathure|Karimi|Murithi|Gitonga|Mugambi',
  // Kenya (Luo)
  'Otieno|Akinyi|Achieng|Atieno|Odhiambo|Adhiambo|Ochieng|Awino|Owino|Anyango|Onyango|Auma|Ouma|Akoth|Okoth|Apiyo|Opiyo|Adongo|Odongo|Omondi|Amondi|Oduor|Aoko|Okello',
  // Kenya (Kalenjin, Maasai)
  'Kiprop|Kipchoge|Kiptoo|Kipkemboi|Kibet|Kiplagat|Chebet|Jepkosgei|Jepchirchir|Chepkoech|Cherono|Jeruto|Chelimo|Kipruto|Cheruiyot|Kirui|Kosgei|Rotich|Kemboi|Jelagat',
  'Chepngetich|Korir|Kipkorir|Chepkirui',
  // Kenya (Kisii)
  'Kerubo|Moraa|Kemunto|Nyaboke|Bosibori|Kwamboka|Nyanchama|Mogaka|Nyamweya|Onsongo|Ombati|Ondieki|Momanyi|Nyakundi|Omwenga|Makori|Kemuma|Mokeira|Nyakerario',
  // Kenya (Kamba)
  'Mwende|Mwikali|Ndinda|Kavata|Kioko|Musyoka|Mutheu|Wayua|Nzioka|Mueni|Kaluki|Katunge|Mumbua|Ndanu|Syokau|Mutinda|Muthoka|Kyalo|Wambua|Mutiso',
  // Kenya (Luhya)
  'Wafula|Wekesa|Wanyama|Barasa|Simiyu|Shikuku|Nafula|Nekesa|Nasimiyu|Naliaka|Nanjala|Khisa|Wanjala|Makokha|Nabwire|Namalwa|Atsieno',
  // Kenya, Tanzania (Swahili and coastal)
  'Zawadi|Juma|Baraka|Neema|Imani|Amani|Rehema|Mwanaisha|Bahati|Hamisi|Salim|Rashidi|Shukuru|Faraji|Jabari|Zuri|Mwanajuma|Mwanahawa|Saida|Shabani|Ramadhani|Issa|Hassani',
  'Athumani',
  // Kenya, Uganda, Tanzania (Christian given names in wide use)
  'Keziah|Kezia|Eunice|Gladys|Maureen|Lilian|Winnie|Phoebe|Mercyline|Edna|Caroline|Wycliffe|Kennedy|Collins|Brian|Dennis|Victor|Cynthia|Esther|Beatrice|Naomi|Rebecca|Dorcas',
  'Damaris',
  // Uganda
  'Nakato|Babirye|Kato|Wasswa|Nansubuga|Namukasa|Nakimuli|Mukasa|Ssekandi|Nambi|Namatovu|Nalwanga|Nantongo|Kizza|Ssali|Kiggundu|Mugisha|Ainembabazi|Akankwasa|Atuhaire|Tumusiime',
  'Ahimbisibwe|Kyomuhendo|Natukunda',
  // Ethiopia (Amharic)
  'Abebe|Bekele|Tesfaye|Getachew|Alemayehu|Dawit|Yonas|Mulugeta|Tadesse|Girma|Haile|Kebede|Tsegaye|Mesfin|Henok|Biruk|Eyob|Yared|Fikru|Amanuel|Mekonnen|Berhanu|Tewodros',
  'Yohannes',
  // Eritrea (Tigrinya)
  'Tesfay|Berhane|Kidane|Yemane|Mehari|Filmon|Semhar|Luwam|Feven|Saron|Rahwa|Winta|Freweini|Mussie|Tekle|Goitom|Habtom|Yonatan|Tsehay|Mekdes|Abel|Nahom|Natnael|Kaleb',
  // Ethiopia (Oromo)
  'Chaltu|Lensa|Obsa|Gemechu|Chala|Bontu|Hawi|Ayantu|Bilisuma|Gadisa|Kedir|Jemal|Abdi|Feyisa|Boru|Guyo|Dida|Galgalo|Jaarso|Dabesa|Gudina|Lemi',
  // Somalia
  'Abdirahman|Mohamed|Hodan|Hibo|Ayaan|Fadumo|Faadumo|Hawa|Halimo|Sahra|Deeqa|Nimco|Ifrah|Ubah|Ikran|Idil|Sagal|Hamdi|Ilhan|Sucaad|Warsame|Guled|Mahad|Abdikarim',
  // South Africa (Zulu, Xhosa, Ndebele, Swazi)
  'Sipho|Themba|Bongani|Sibusiso|Mandla|Nomvula|Thandeka|Zanele|Nokuthula|Lindiwe|Nomsa|Thulani|Sifiso|Siyabonga|Mthunzi|Nkosinathi|Sanele|Lungile|Zodwa|Ntombi|Bheki|Jabulani',
  'Sizwe|Xolani',
  // South Africa (Sotho, Tswana, Pedi)
  'Thabo|Tshepo|Lerato|Palesa|Mpho|Karabo|Kagiso|Kgomotso|Lesedi|Dineo|Refilwe|Boitumelo|Tumelo|Katlego|Thato|Keabetswe|Onalenna|Tebogo|Lebogang|Masego|Naledi|Rethabile',
  'Tsholofelo|Bontle',
  // South Africa (Venda, Tsonga)
  'Rudzani|Mulalo|Fulufhelo|Vhutshilo|Ndivhuwo|Khathutshelo|Hlulani|Tsakani|Nyiko|Ntsako|Hlengiwe|Risuna',
  // South Africa (Afrikaans)
  'Johannes|Pieter|Hendrik|Jacobus|Willem|Gerhard|Francois|Jaco|Riaan|Wynand|Ruan|Dewald|Christo|Anneke|Marelize|Elmarie|Annemarie|Liezl|Mariska|Chantelle|Elize|Hanlie|Karlien',
  'Lize',
  // Zimbabwe
  'Tendai|Tatenda|Farai|Tafadzwa|Rutendo|Chipo|Nyasha|Tinashe|Kudakwashe|Tapiwa|Tawanda|Takudzwa|Ruvimbo|Rumbidzai|Chiedza|Fadzai|Vimbai|Shingai|Tariro|Panashe|Anesu|Munashe',
  'Simbarashe|Kudzai',
  // Zambia, Malawi, Botswana
  'Mwansa|Mutale|Chanda|Mulenga|Bwalya|Mumba|Chileshe|Mwila|Natasha|Chisomo|Chikondi|Kondwani|Thokozani|Limbani|Tiyamike|Madalitso|Mphatso|Chifundo|Yamikani|Dalitso|Kabaso',
  'Kasonde|Lubinda|Mubanga',
  // Cameroon (English-speaking)
  'Nkeng|Ayuk|Enow|Eyong|Tabi|Ashu|Arrey|Ebai|Agbor|Ojong|Tanyi|Bessem|Manyi|Ndip|Egbe|Tambe|Nkongho|Ako|Atem|Ngum|Mbuh|Nfor|Fru|Wirba',
  // Cameroon (French-speaking)
  'Yannick|Hervé|Armel|Arnaud|Brice|Landry|Aristide|Blaise|Rodrigue|Franck|Gaëlle|Sandrine|Ornella|Murielle|Christelle|Nadège|Carine|Ulrich|Boris|Cyrille|Brigitte|Mireille',
  'Josiane|Vanessa',
  // Senegal, Gambia, Mali, Guinea, Burkina Faso
  'Mamadou|Moussa|Ousmane|Abdoulaye|Cheikh|Ibrahima|Modou|Babacar|Alioune|Serigne|Souleymane|Lamine|Assane|Malick|Ndeye|Fatou|Aminata|Awa|Aissatou|Mariama|Khady|Coumba|Astou',
  'Adama',
  // Côte d'Ivoire
  'Siaka|Salif|Lacina|Zoumana|Adjoua|Affoué|Amenan|Ahou|Akissi|Kouadio|Kouassi|Koffi|Kouamé|Yvette|Pascaline',
  // Rwanda, Burundi
  'Uwase|Uwimana|Niyonzima|Habimana|Nshimiyimana|Uwamahoro|Mukamana|Ingabire|Iradukunda|Ishimwe|Keza|Gisa|Ineza|Kaneza|Mutoni|Umutoni|Uwera|Mucyo|Nkurunziza|Hakizimana|Bizimana',
  'Tuyishime|Irakoze|Manzi',
  // DR Congo
  'Mbuyi|Kalala|Ngalula|Mbombo|Ntumba|Kabeya|Nsimba|Nzuzi|Makiese|Ngoy|Kasongo|Mwamba|Banza|Kazadi|Ilunga|Tshala|Mujinga|Kapinga|Glodi|Dieudonné|Kabongo|Mukendi|Tshibangu',
  'Lukusa',
  // Arab world (Levant)
  'Ahmad|Mohammad|Omar|Khaled|Fadi|Tarek|Bassam|Nabil|Samir|Ziad|Walid|Hani|Majd|Wassim|Elias|Georges|Rania|Lina|Dana|Reem|Nour|Yara|Zeina|Joud|Layal|Razan|Ghada|Hiba|Dima',
  'Sawsan|Suha|Manal|Nisreen|Rasha|Maha|Abeer',
  // Arab world (Gulf, Iraq, Yemen)
  'Abdullah|Abdulaziz|Abdulrahman|Fahad|Saud|Mansour|Nasser|Saeed|Hamad|Rashid|Majid|Turki|Bandar|Nawaf|Mishal|Talal|Badr|Mubarak|Hamdan|Mohammed|Khalifa|Zayed|Noura|Hessa',
  'Latifa|Mariam|Shaikha|Alanoud|Dalal|Lulwa|Shahad|Wejdan|Ghadeer|Bashayer|Jawaher|Munira',
  // Arab world (Egypt, Sudan)
  'Mahmoud|Mostafa|Amr|Hossam|Sherif|Hesham|Wael|Ayman|Osama|Essam|Ashraf|Magdy|Hany|Bishoy|Kirollos|Marwa|Yasmine|Heba|Doaa|Esraa|Shaimaa|Nermeen|Dina|Nesma|Basma|Eman|Samar',
  'Amira|Sherine|Nahla|Radwa|Habiba|Salma|Farida|Malak|Youssef',
  // Arab world (Maghreb)
  'Mehdi|Yassine|Anas|Ayoub|Reda|Rachid|Abdelkader|Abdellah|Mourad|Hicham|Khalid|Noureddine|Sofiane|Farid|Kamel|Djamel|Nassim|Fatima-Zahra|Khadija|Meryem|Imane|Nawal|Houda',
  'Hajar|Loubna|Asmae|Siham|Ilham|Naima|Zineb|Soukaina|Ikram|Kenza|Yousra|Chaimae|Oumaima',
  // Iran (Persian)
  'Hossein|Amir|Hamid|Masoud|Behnam|Babak|Kaveh|Arash|Dariush|Kourosh|Farhad|Farshid|Shahram|Bahram|Peyman|Payam|Pouya|Sina|Omid|Navid|Pedram|Ehsan|Mojtaba|Morteza|Siavash|Kian',
  'Arman|Ramin|Mehran|Shahin|Afshin|Kamran|Nader|Cyrus|Parisa|Fatemeh|Zahra|Narges|Leila|Nazanin',
  // Afghanistan
  'Zahir|Wahid|Nasrullah|Hamidullah|Habibullah|Rahmatullah|Zabihullah|Naqibullah|Sayed|Wais|Ajmal|Mirwais|Fawad|Shafiq|Basir|Rustam|Parviz',
  // Tajikistan, Afghanistan
  'Firuz|Shodmon|Manizha|Farkhunda|Malalai|Gulalai|Zarghona|Freshta|Nilofar|Mursal|Hadia|Shukria|Mahbooba|Nigina|Zarina',
  // Turkey
  'Mehmet|Mustafa|Ahmet|Hüseyin|Huseyin|Hasan|İbrahim|Murat|Emre|Burak|Mert|Umut|Deniz|Kerem|Cem|Onur|Serkan|Serdar|Volkan|Tolga|Kaan|Barış|Baris|Oğuz|Oguz|Okan|Orhan|Osman',
  'Ömer|Omer|Hakan|Cengiz|Kemal|Levent|Ercan|Erkan|Gökhan|Gokhan|Halil|Ramazan|Recep|Selim|Sinan|Tarık|Tarik|Uğur',
  // Kurdish
  'Azad|Baran|Berfin|Berivan|Dilan|Diyar|Hawre|Hevi|Hozan|Jiyan|Karwan|Kawa|Nazdar|Rebaz|Rezan|Rojda|Rojhat|Rojin|Ronahi|Serhat|Shilan|Shirwan|Welat|Zana',
  // Israel (Hebrew)
  'Noa|Tamar|Yael|Shira|Michal|Noam|Itai|Daniel|David|Avi|Eitan|Ariel|Uri|Yossi|Moshe|Yosef|Avraham|Yitzhak|Yaakov|Shlomo|Eliyahu|Chaim|Meir|Tzvi|Ofer|Ido|Roni|Ronit|Orit|Galit',
  'Liat|Efrat|Einat|Hila|Keren|Sigal',
  // Armenia
  'Aram|Armen|Ashot|Tigran|Vardan|Hayk|Davit|Levon|Narek|Samvel|Karen|Vahe|Hovhannes|Gevorg|Arsen|Artur|Sargis|Suren|Hrant|Anahit|Ani|Lusine|Nare|Gayane',
  // Georgia
  'Giorgi|Levan|Irakli|Nika|Luka|Lasha|Zurab|Tamaz|Gela|Nodar|Revaz|Mamuka|Vakhtang|Otar|Shota|Beka|Sandro|Temur|Tornike|Zviad|Salome|Eka|Ketevan|Natia',
  // Azerbaijan
  'Elvin|Orxan|Orkhan|Rashad|Elchin|Tural|Ilgar|Vusal|Anar|Nijat|Ramil|Rauf|Elnur|Emin|Javid|Fuad|Ilkin|Mahammad|Huseyn|Aysel|Gunel|Sevinj|Nigar|Aynur',
  // Kazakhstan
  'Nursultan|Yerlan|Yerzhan|Askar|Daulet|Bauyrzhan|Nurlan|Aibek|Timur|Dauren|Marat|Serik|Bolat|Ruslan|Alikhan|Aigerim|Aizhan|Gulnara|Saule|Zhanar|Ainur|Assel|Aruzhan|Dinara',
  // Uzbekistan
  'Jasur|Bekzod|Sardor|Doniyor|Shokhrukh|Sherzod|Otabek|Jahongir|Dilshod|Akmal|Farrukh|Bobur|Ulugbek|Aziz|Nodir|Javlon|Sanjar|Davron|Nilufar|Dilnoza|Malika|Gulnoza|Shahnoza',
  'Mohira',
  // Kyrgyzstan
  'Azamat|Bakyt|Nurbek|Ermek|Chyngyz|Kubanychbek|Almaz|Aidana|Aizada|Begaiym|Cholpon|Elmira|Gulzat|Aijamal|Adilet|Emil|Kanat|Talant|Tilek|Meerim|Nazgul|Jyldyz|Kunduz|Aizhamal',
  // Turkmenistan
  'Maral|Ogulgerek|Ogulnabat|Jennet|Aknabat|Gurbanguly|Merdan|Batyr|Begench|Dovlet|Myrat|Perhat|Rahman|Shatlyk|Yhlas',
  // China (Mandarin, pinyin)
  'Wei|Jing|Xiaoming|Yuxuan|Hui|Ying|Hong|Xin|Hao|Jie|Qiang|Hua|Mei|Ming|Ning|Peng|Qing|Rui|Tian|Xia|Xue|Yue|Yun|Zhen|Zihan|Haoran|Yichen|Zixuan|Yutong|Xinyi|Jiahao|Junjie',
  'Zhiwei|Jianguo|Jianhua|Jianjun|Xiaohong|Xiaoling|Xiaoyan|Xiaomei|Lihua|Lijuan|Liping|Limei|Yanping|Yuting|Yuhan|Yifan|Yiming|Haoyu|Zhihao|Zihao|Zhiyuan|Ruoxi',
  // Taiwan (Wade-Giles)
  'Chia-Hao|Chih-Ming|Chun-Hung|Chien-Hung|Chia-Hui|Shu-Fen|Mei-Ling|Ya-Ting|Yi-Chen|Hsin-Yi|Pei-Shan|Chia-Ying|Yu-Ting|Wan-Ting|Yi-Ting|Ching-Wen|Tzu-Hsuan|Po-Han|Yu-Hsiang',
  'Chun-Chieh|Wei-Lun|Cheng-Han|Kuan-Yu|Hsiao-Wei|Shu-Hui|Hui-Ling|Mei-Hua|Chih-Hao|Chia-Wei|Yu-Chen|Chun-Yi|Hsiu-Ying',
  // Hong Kong, Macau (Cantonese)
  'Wing-Yan|Wing-Kei|Wing-Sze|Wing-Hong|Ka-Ho|Chi-Keung|Wai-Man|Siu-Ming|Ka-Yan|Ka-Wai|Hoi-Yan|Pui-Yee|Man-Yee|Tsz-Ching|Chun-Kit|Ho-Yin|Kwok-Wai|Chi-Wai|Siu-Wai|Kin-Man',
  'Yuk-Lin|Suk-Yee|Chi-Ming|Kwok-Keung',
  // Japan
  'Hiroshi|Takashi|Kenji|Satoshi|Yuki|Haruto|Sota|Yuto|Ren|Hinata|Riku|Kaito|Takumi|Daiki|Kenta|Ryota|Yuta|Daisuke|Kazuki|Naoki|Tomoya|Hayato|Ryo|Tsubasa|Kaoru|Makoto|Akira',
  'Hideki|Masashi|Shinji|Koji|Tetsuya|Yusuke|Keisuke|Kosuke|Shunsuke|Takeshi|Tatsuya|Minoru|Osamu|Hiroki|Haruki|Masato|Takuya|Ichiro|Jiro|Kazuya|Ryosuke|Sora|Sakura|Yui|Hana',
  'Aoi|Yuna',
  // Korea
  'Minjun|Min-jun|Seojun|Seo-jun|Doyun|Do-yun|Hajoon|Ha-joon|Jiho|Ji-ho|Jihoon|Ji-hoon|Junseo|Jun-seo|Hyunwoo|Hyun-woo|Jihun|Ji-hun|Sungmin|Sung-min|Jaehyun|Jae-hyun|Donghyun',
  'Dong-hyun|Minho|Min-ho|Minseok|Min-seok|Jinwoo|Jin-woo|Sangwoo|Sang-woo|Seunghyun|Seung-hyun|Youngho|Young-ho|Youngsoo|Young-soo|Jungho|Jung-ho|Kwangsoo|Kwang-soo|Sungho',
  'Sung-ho|Seoyeon|Seo-yeon|Jiwoo|Ji-woo|Haeun|Ha-eun|Seoyun|Seo-yun|Minseo|Min-seo|Jiyeon|Ji-yeon|Subin|Su-bin|Yejin|Ye-jin|Yeeun|Ye-eun|Eunji|Eun-ji',
  // Vietnam
  'Anh|Linh|Huong|Trang|Thao|Hoa|Ngoc|Hanh|Hien|Hieu|Minh|Duc|Tuan|Quang|Thanh|Phuong|Huy|Khoa|Khanh|Phong|Binh|Cuong|Hoang|Kien|Nhung|Quynh|Thuy|Tien|Trung|Vinh|Nga|Nhi|Nguyet',
  'Diep|Giang|Hoai|Huyen|Oanh|Uyen|Xuan|Bao|Chau|Duy|Hiep|Khai|Luan',
  // Thailand
  'Somchai|Nattapong|Siriporn|Somsak|Somporn|Suda|Malee|Anong|Kanya|Pranee|Wanida|Supaporn|Sunisa|Nattaya|Chutima|Kanokwan|Ratana|Apinya|Narumon|Pornthip|Sukanya|Jintana',
  'Warunee|Kannika',
  // Philippines
  'Marites|Maricel|Maricar|Marivic|Marilou|Jocelyn|Rowena|Lorna|Analyn|Jennelyn|Mylene|Arlene|Rommel|Reynaldo|Rodel|Arnel|Jomar|Jhon|Jayson|Ronaldo|Danilo|Rolando|Efren|Edgardo',
  'Teodoro|Leonila|Erlinda|Luzviminda|Teresita|Imelda|Corazon|Kristine',
  // Indonesia
  'Agus|Budi|Bambang|Dewi|Siti|Wahyu|Eko|Joko|Hendra|Rudi|Andi|Dian|Fitri|Indah|Putri|Rina|Ratna|Yuni|Ayu|Puspita|Lestari|Rizki|Rizky|Fajar|Bayu|Dimas|Gilang|Irfan|Iwan|Yudi',
  'Dedi|Heru',
  // Malaysia, Brunei, Singapore (Malay)
  'Nurul|Aina|Aisyah|Farah|Nabilah|Syafiqah|Aqilah|Amirah|Hafiz|Hakim|Haziq|Izzat|Aiman|Syafiq|Faris|Danial|Amirul|Hafizuddin|Khairul|Azlan|Azman|Zulkifli|Rosli|Kamarul',
  // Myanmar
  'Aung|Thant|Kyaw|Htet|Zaw|Thein|Naing|Soe|Hla|Myint|Htun|Maung|Nyein|Phyo|Thiha|Thandar|Thida|Khin|Hnin|Yadanar|Nandar|Myat|Nwe|Thet',
  // Cambodia
  'Sokha|Sophea|Sopheap|Vannak|Bopha|Chanthou|Sreymom|Rithy|Vuthy|Sambath|Pisey|Sophal|Sovann|Chenda|Kanha|Kosal|Sothea|Piseth|Vibol|Chantrea|Sokunthea|Sreypov|Dalin|Veasna',
  // Laos
  'Somphone|Souksavanh|Vilayphone|Khamphan|Bounmy|Phonesavanh|Chanthavong|Keo|Sengdao|Souphanh|Thongchanh|Xaysana|Manivanh|Malaythong|Phetsamone',
  // Mongolia
  'Bat-Erdene|Batbayar|Enkhbayar|Ganbaatar|Baatar|Tuvshin|Erdene|Munkh-Erdene|Temuulen|Bilguun|Enkhjargal|Oyunchimeg|Sarnai|Altantsetseg|Tsetseg|Oyuntsetseg|Bolormaa',
  'Narantsetseg|Odgerel|Uranchimeg|Khulan|Anu|Nomin|Solongo',
  // Tonga
  'Sione|Tevita|Viliami|Siosaia|Semisi|Sitiveni|Salote|Losaline|Lupe|Sela|Seini|Sisilia|Kalolaine|Lesieli|Tupou|Mosese|Malakai|Siaosi',
  // Samoa
  'Tavita|Iosefa|Malia|Losa|Tasi|Sefo|Fetu|Talia|Sefa|Mikaele|Ioane|Falaniko|Akanesi|Tavite|Ofa',
  // Fiji
  'Jone|Seru|Josefa|Epeli|Samisoni|Eroni|Isikeli|Jiosefa|Litia|Unaisi|Vasiti|Asinate|Akanisi|Losana|Sainimere|Mereoni|Iliesa|Apisai|Kini|Jale|Waisale|Viliame|Maika|Aporosa',
  // Maori
  'Aroha|Wiremu|Hemi|Tane|Rangi|Manaia|Nikau|Kahu|Tama|Ngaire|Anaru|Rawiri|Tamati|Hohepa|Ripeka|Huia|Moana|Kiri|Marama|Hine|Awhina|Mikaere|Paora|Piripi',
  // Hawaii
  'Keanu|Kaimana|Leilani|Kalani|Makana|Kainoa|Keola|Noelani|Kailani|Mahina|Nalani|Keoni|Kekoa|Ikaika|Kealoha|Kaleo|Kapono|Pualani|Healani|Iolani|Haunani|Kalena|Kanoa|Kawika',
  // Indigenous names in common use (Australia, Americas)
  'Tallulah|Shania|Kirra|Aiyana|Kiona|Chenoa|Kirrily|Nayeli|Takoda|Halona',
  // Latin America (Spanish-speaking)
  'José|Jose|Juan|Luis|Carlos|Jorge|Miguel|Pedro|Alejandro|Diego|Fernando|Francisco|Javier|Ricardo|Roberto|Sergio|Eduardo|Andrés|Andres|Pablo|Raúl|Raul|Rafael|Gustavo|Héctor',
  'Hector|Óscar|Oscar|Mario|Alberto|Arturo|Enrique|Ernesto|Gerardo|Guillermo|Ignacio|Jaime|Leonardo|Martín|Mateo|Mauricio|Nicolás|Nicolas|Rodrigo|Rubén|Ruben|Sebastián',
  'Sebastian|Tomás|Tomas|Vicente|Gonzalo|Felipe|Emilio|Esteban|Alfonso|Armando|Camilo|Cristian|Fabián|Fabian|Iván|Ivan|Joaquín',
  // Brazil, Portugal
  'João|Joao|Lucas|Gabriel|Matheus|Mateus|Guilherme|Thiago|Tiago|Vinicius|Caio|Marcelo|Marcos|Paulo|Renato|Rogério|Rogerio|Leandro|Anderson|Cleiton|Everton|Edson|Gilberto',
  'Sérgio|Antônio|Antonio|Raimundo|Sebastião|Sebastiao|Luiz|Otávio|Otavio|Heitor|Davi|Arthur|Bernardo|Enzo|Murilo|Igor|Breno',
  // Portugal, Brazil (more)
  'Nuno|Gonçalo|Goncalo|Duarte|Afonso|Martim|Diogo|Hélder|Helder|Filipe|Luís|Fábio|Fabio|Fernanda|Juliana|Mariana|Camila|Amanda|Larissa|Letícia|Beatriz|Gabriela|Jéssica|Jessica',
  // Jamaica, Barbados, Caribbean (English-speaking)
  'Shanice|Tanisha|Kimani|Omari|Akeem|Andre|Delroy|Winston|Desmond|Lloyd|Errol|Clive|Carlton|Leroy|Neville|Marlon|Dwayne|Damion|Jermaine|Kemar|Romario|Shamar|Tyrese|Jodian',
  // Haiti
  'Wilner|Jean-Robert|Fritz|Frantz|Jocelyne|Marie-Claude|Guerline|Rosemie|Widlène|Woodley|Marjorie|Ginette|Mirlande|Yvrose|Jean-Baptiste|Jean-Ronel|Wisler|Fritznel|Jean-Claude',
  'Mackenson|Stanley|Wilkens|Rodney|Vladimir',
  // Puerto Rico, Dominican Republic, Cuba
  'Yadiel|Yariel|Yamilet|Yaritza|Keishla|Yesenia|Yamilex|Yahaira|Yanelis|Yudelkis|Yordanis|Yunior|Yasiel|Yuniel|Yoandy|Dayron|Dariel|Yosvani|Yanet|Daimí|Odalys|Maritza|Miosotis',
  'Nayelis',
  // Trinidad and Tobago, Guyana
  'Indira|Sita|Devika|Kamla|Rajkumar|Chandra|Vashti|Reshma|Nadira|Shaniqua|Shenelle|Tishana|Kerwin|Shaquille',
  // Poland
  'Piotr|Krzysztof|Tomasz|Paweł|Pawel|Michał|Marcin|Łukasz|Lukasz|Grzegorz|Jakub|Kacper|Mateusz|Bartosz|Wojciech|Maciej|Dariusz|Rafał|Rafal|Andrzej|Stanisław|Stanislaw|Zbigniew',
  'Jerzy|Tadeusz|Kazimierz|Ryszard|Sławomir|Slawomir|Janusz|Szymon|Filip|Wiktor|Dawid|Adrian|Kamil',
  // Czechia
  'Jiří|Jiri|Petr|Josef|Pavel|Martin|Tomáš|Jaroslav|Miroslav|Zdeněk|Zdenek|Václav|Vaclav|Vojtěch|Vojtech|Lukáš|Ondřej|Ondrej|Matěj|Matej|Radek|Vladimír|Karel|Stanislav|Marek',
  'Libor|Jana|Marie|Eva|Lucie',
  // Slovakia
  'Ľubomír|Lubomir|Peter|Juraj|Ján|Štefan|Jozef|Ladislav|Dušan|Rastislav|Marián|Marian|Matúš|Matus|Katarína|Katarina|Mária|Slavomír|Branislav|Miloš|Ľudmila|Ludmila|Radka|Šárka',
  // Russia
  'Aleksandr|Alexander|Sergei|Sergey|Dmitry|Dmitri|Andrei|Andrey|Alexei|Alexey|Aleksei|Mikhail|Nikolai|Yuri|Oleg|Anton|Artem|Artyom|Konstantin|Evgeny|Yevgeny|Denis|Vadim|Vitaly',
  'Kirill|Ilya|Grigory|Nikita|Egor|Yegor|Fyodor|Fedor|Gleb|Matvei|Arseny|Daniil|Anastasia|Natalia|Natalya|Olga',
  // Belarus
  'Aliaksandr|Siarhei|Uladzimir|Mikalai|Yauhen|Hanna|Volha|Aksana|Tatsiana|Iryna|Yuliya|Sviatlana',
  // Ukraine
  'Oleksandr|Oleksii|Oleksiy|Andriy|Andrii|Mykola|Mykhailo|Volodymyr|Taras|Bohdan|Yaroslav|Vasyl|Petro|Serhiy|Serhii|Dmytro|Yurii|Yuriy|Ihor|Oleh|Maksym|Vitalii|Vitaliy|Ostap',
  'Nazar|Yevhen|Olena|Oksana|Tetiana|Tetyana',
  // Serbia, Montenegro
  'Marko|Nikola|Stefan|Dragan|Zoran|Goran|Dejan|Nenad|Milos|Aleksandar|Dusan|Nemanja|Uroš|Uros|Predrag|Srđan|Srdjan|Bojan|Vuk|Željko|Zeljko|Darko|Tomislav|Josip|Hrvoje|Krešimir',
  'Kresimir|Davor|Damir|Mirza',
  // Croatia, Serbia (more)
  'Dario|Ivica|Mislav|Zvonimir|Domagoj|Vedran|Nikolina|Maja|Andrea|Iva|Lucija|Ema|Dora|Ana|Paula|Tanja|Nevena|Teodora|Anđela|Andjela|Kristina|Sandra|Suzana|Zorica',
  // Bosnia
  'Elma|Kenan|Harun|Nedim|Adis|Almir|Eldin|Faruk|Nermin|Bojana|Irena',
  // North Macedonia
  'Ljupčo|Dimitar|Blagoja|Kire|Biljana|Elena',
  // Bulgaria
  'Georgi|Petar|Nikolay|Hristo|Stoyan|Todor|Vasil|Plamen|Krasimir|Borislav|Valentin|Lyubomir|Tsvetan|Yordan|Kaloyan|Boyan|Svetoslav|Ivanka|Desislava|Gergana|Tsvetelina',
  'Radostina|Yordanka|Ralitsa',
  // Slovenia
  'Janez|Jože|Joze|Žiga|Ziga|Gregor|Primož|Primoz|Aljaž|Aljaz|Nejc|Tadej|Blaž|Blaz|Miha|Nina|Sara|Špela|Spela|Urška|Urska|Tjaša|Tjasa|Mojca',
  // Lithuania
  'Mantas|Jonas|Darius|Mindaugas|Paulius|Andrius|Vytautas|Giedrius|Marius|Tadas|Rokas|Dovydas|Kęstutis|Kestutis|Algirdas|Gintaras|Saulius|Rimantas|Aistė|Aiste|Rūta|Ieva|Eglė',
  'Egle',
  // Latvia
  'Jānis|Janis|Andris|Mārtiņš|Martins|Edgars|Kārlis|Karlis|Aivars|Raimonds|Valdis|Uldis|Gatis|Artūrs|Arturs|Roberts|Rihards|Kristaps|Ilze|Inese|Kristīne|Līga|Sanita|Zane',
  // Estonia
  'Jaan|Toomas|Tõnu|Tonu|Margus|Priit|Kalle|Siim|Rasmus|Kristjan|Tiit|Urmas|Indrek|Kadri|Kertu|Liis|Triin|Piret|Maarja|Kristiina|Tiina|Merike|Eha|Marju',
  // Hungary
  'László|Laszlo|István|Istvan|József|Jozsef|János|Janos|Zoltán|Zoltan|Sándor|Sandor|Gábor|Gabor|Ferenc|Attila|Péter|Tamás|Tamas|Zsolt|Csaba|Balázs|Balazs|Gergely|Dávid|Bence',
  'Levente|Ádám|Adam|Máté|Dániel|Tibor|Imre|Miklós|Miklos|Gyula',
  // Romania, Moldova
  'Alexandru|Mihai|Ioan|Gheorghe|Vasile|Constantin|Nicolae|Dumitru|Ștefan|Bogdan|Ionuț|Ionut|Răzvan|Razvan|Cătălin|Catalin|Sorin|Radu|Dragoș|Dragos|Ciprian|Lucian|Vlad|Mircea',
  // Greece, Cyprus
  'Georgios|Giorgos|Konstantinos|Kostas|Dimitrios|Dimitris|Ioannis|Giannis|Yannis|Nikolaos|Nikos|Panagiotis|Vasileios|Vasilis|Christos|Athanasios|Thanasis|Michail|Evangelos',
  'Vangelis|Spyridon|Spyros|Stavros|Theodoros|Apostolos|Stelios|Petros|Antonios|Manolis|Emmanouil|Anastasios|Pavlos',
  // Albania, Kosovo
  'Arben|Besnik|Blerim|Dritan|Ermal|Erion|Fatos|Ilir|Kreshnik|Arjan|Arlind|Artan|Bekim|Besart|Driton|Edmond|Endrit|Enver|Flamur|Genc|Gëzim|Gezim|Leotrim|Lulzim',
  // Sweden
  'Lars|Anders|Johan|Erik|Nils|Karl|Olof|Sven|Magnus|Henrik|Fredrik|Mikael|Björn|Bjorn|Gustav|Oskar|Axel|Linus|Viktor|Mattias|Niklas|Pontus|Kristian',
  // Norway, Denmark
  'Ole|Knut|Stig|Arne|Håkon|Hakon|Haakon|Sigurd|Trond|Geir|Eirik|Espen|Kjetil|Torbjørn|Torbjorn|Jørgen|Jorgen|Søren|Soren|Mads|Jens|Morten|Mikkel|Frederik',
  // Iceland
  'Jón|Jon|Sigurður|Sigurdur|Guðmundur|Gudmundur|Gunnar|Ólafur|Olafur|Einar|Kristján|Stefán|Helgi|Guðrún|Gudrun|Sigríður|Sigridur|Kristín|Margrét|Margret|Helga|Jóhanna|Katrín',
  'Katrin',
  // Finland
  'Juha|Jukka|Mikko|Matti|Timo|Kari|Antti|Jari|Pekka|Markku|Heikki|Janne|Petri|Tuomas|Jussi|Sami|Teemu|Hannu|Seppo|Juhani|Eero|Aleksi|Otto|Eetu|Onni|Leevi|Lauri|Joonas|Tapio',
  'Olli',
  // Netherlands
  'Cornelis|Gerrit|Jeroen|Thijs|Daan|Bram|Niels|Joost|Koen|Wouter|Maarten|Bart|Jasper|Stijn|Sem|Luuk|Levi|Kees|Henk|Joris|Geert|Wim|Floris|Rutger|Teun|Gijs|Pim|Tijs|Jelle',
  'Sjoerd',
  // Netherlands, Flanders (more)
  'Jef|Jan-Willem|Jan-Peter|Ruud|Arjen|Erwin|Jochem|Marijn|Rens|Roel|Siebe|Tijmen|Wessel|Wietse|Anna-Sophie|Britt|Esmee|Ilse|Jente|Jolijn|Kim|Laura|Loes|Maud|Merel|Myrthe|Noor',
  'Sophie|Sterre|Zoë',
  // Germany
  'Thomas|Michael|Andreas|Christian|Markus|Jürgen|Juergen|Klaus|Wolfgang|Uwe|Dieter|Günter|Gunter|Horst|Helmut|Manfred|Werner|Hans|Jörg|Joerg|Ralf|Torsten|Holger|Matthias',
  'Tobias|Florian|Lukas|Felix|Paul|Noah|Moritz|Maximilian|Philipp|Dominik|Julian|Marcel|Benedikt|Heinrich|Friedrich|Wilhelm',
  // Bavaria, Austria, Switzerland
  'Ludwig|Georg|Xaver|Korbinian|Stefanie|Veronika|Magdalena|Theresia|Kathrin|Barbara|Ruedi|Urs|Heidi|Regula|Vreni|Jolanda',
  // France, Belgium (Wallonia), Switzerland (Romandy), Quebec
  'Michel|Philippe|Alain|Christophe|Patrick|Laurent|Stéphane|Stephane|Sébastien|Sebastien|Frédéric|Frederic|Olivier|Éric|Eric|Thierry|Julien|Guillaume|Mathieu|Maxime|Antoine',
  'Vincent|Thibault|Benoît|Benoit|François|Jacques|Bernard|Gérard|Gerard|Didier|Yves|Herve|Jérôme|Jerome|Ludovic|Cédric|Cedric|Xavier|Fabrice|Grégoire|Gregoire|Louis|Raphaël',
  'Raphael|Jules|Théo|Nathan|Baptiste|Quentin|Kévin|Alexandre|Jean-Pierre|Jean-Marc',
  // Italy, Malta, San Marino
  'Giuseppe|Giovanni|Francesco|Vincenzo|Pietro|Salvatore|Carlo|Domenico|Paolo|Michele|Giorgio|Aldo|Luca|Alessandro|Matteo|Lorenzo|Davide|Simone|Federico|Riccardo|Stefano',
  'Emanuele|Gabriele|Daniele|Claudio|Enrico|Maurizio|Giacomo|Tommaso|Edoardo|Filippo|Nicola|Raffaele|Gianluca|Gianni|Fabrizio|Vittorio|Umberto|Ugo|Valerio',
  // Spain
  'Jesús|Álvaro|Alvaro|Adrián|Ramón|Víctor|Íñigo|Inigo|Borja|Unai|Carmen|Isabel|Cristina|Marta|Lucía|Raquel|Manuela|Nuria|Silvia|Irene|Patricia|Sonia|Alicia|Noelia|Verónica',
  'Ángela|Angela|Lorena|Nerea|Ainhoa|Sofía|Martina|Valeria|Claudia|Carla|Lola',
  // Spain (nicknames), Galicia
  'Chema|Manolo|Quique|Juanjo|Txema|Xurxo|Xoán|Xoan|Uxía|Uxia|Iria|Antía|Antia|Brais|Breixo|Anxo|Xabier|Xosé|Xose|Uxío|Sabela',
  // Catalonia
  'Jordi|Josep|Joan|Marc|Arnau|Oriol|Jaume|Lluís|Lluis|Martí|Marti|Albert|Ferran|Enric|Quim|Sergi|Guillem|Núria|Mireia|Laia|Meritxell|Neus|Roser|Mercè',
  // Basque Country
  'Iker|Aitor|Asier|Gorka|Mikel|Ander|Eneko|Iñaki|Inaki|Ibai|Julen|Oier|Ekaitz|Imanol|Koldo|Josu|Aritz|Amaia|Maite|Itziar|Leire|Irati|Ane|Uxue',
  // Portugal (more)
  'António|Joaquim|Joana|Catarina|Rita|Filipa|Sónia|Patrícia|Teresa|Cláudia|Andreia|Leonor|Matilde|Madalena|Benedita|Francisca|Lara|Inês|Natércia|Natercia|Alexandra|Susana',
  'Vânia|Vania',
  // Ireland (English and Irish spellings)
  'Siobhán|Siobhan|Niamh|Aoife|Oisín|Oisin|Seán|Sean|Ciarán|Ciaran|Cian|Conor|Cormac|Darragh|Dónal|Donal|Eoin|Fionn|Liam|Pádraig|Padraig|Ruairí|Ruairi|Tadhg|Colm|Diarmuid',
  'Declan|Eamon|Éamonn|Eamonn|Fergal|Killian|Kieran|Lorcan|Odhrán|Odhran|Rónán|Ronan|Shane|Séamus|Seamus|Brendan|Caoimhe|Ciara|Clodagh|Deirdre|Éabha|Eabha',
  // Wales
  'Dafydd|Rhys|Gareth|Owain|Gethin|Huw|Emyr|Geraint|Llion|Osian|Tomos|Aled|Bryn|Cerys|Ffion|Seren|Eleri|Mari|Angharad|Bethan|Carys|Catrin|Eirlys|Elin',
  // Scotland
  'Alasdair|Alastair|Alistair|Callum|Calum|Ewan|Euan|Fraser|Fergus|Hamish|Iain|Kenneth|Lachlan|Malcolm|Murdo|Ruaridh|Ruairidh|Struan|Torquil|Catriona|Eilidh',
  // Scotland (more)
  'Kirsty|Morag|Mhairi|Shona|Fiona|Ailsa|Moira|Rhona|Ishbel|Kirstin|Seonaid|Sheena|Innes|Ruaraidh|Finlay|Craig|Graeme|Duncan|Stuart|Ross|Gordon|Neil|Archie|Dougal',
  // Switzerland (Romansh), Malta
  'Gian|Curdin|Duri|Flurin|Seraina|Ladina|Mengia|Annina|Flurina|Gion|Ursina|Ġużeppi|Guzeppi|Ġorġ|Marija|Pawlu|Ċettina|Cettina|Ġanni|Ganni|Toni|Manwel',
  // English-speaking world (common given names)
  'Jayden|Madison|Kayla|Aiden|Brittany|Keisha|Jaden|Aidan|Brayden|Braden|Caden|Kayden|Logan|Ethan|Jacob|Matthew|Joshua|Christopher|Andrew|Joseph|Ryan|Tyler|Brandon|Justin|Kevin',
  'Jason|Jeremy|Zachary|Kyle|Dylan|Connor|Caleb|Landon|Wyatt|Owen|Cameron|Colton|Hayden|Brody|Bryce|Trevor|Derek|Dustin|Shawn|Corey|Jared|Brett|Gregory|Jeffrey|Timothy|Scott',
  'Steven|Stephen|Anthony|Donald|Ronald|Gary|Larry|Jerry|Terry',
  // African-American and Caribbean-American given names
  'Jazmine|DeShawn|Tyrone|Jamal|Darnell|Terrell|DeAndre|Lamar|Malik|Trevon|Dominique|Demetrius|Reginald|Terrence|Jalen|Kareem|Jaylen|Javon|Kendrick|Keyshawn|Dashawn|LaToya',
  'Janelle|Tionna|Lakisha|Keyana|Kendra|Tameka|Shakira|Shaniya|Kiana|Kierra|Tiana|Dasia|Amari|Ayanna|Nia|Aliyah|Laila|Jaylah|Nyla|Dequan|Jaquan|Tavon|Javion',
  // United Kingdom, Australia, New Zealand
  'Leanne|Stacey|Charlene|Bethany|Abbie|Ellie|Amelia|Isabelle|Imogen|Freya|Evie|Millie|Kayleigh|Tracey|Joanne|Louise|Emma|Lucy|Katie|Natalie|Zoe|Lydia|Harriet|Eleanor|Mitchell',
  'Jarrod|Bronwyn|Kylie|Narelle|Tegan',
  // English-speaking world (recent popular names)
  'Jacinda|Ashton|Bailey|Blake|Braxton|Brantley|Carson|Chandler|Clayton|Dalton|Dawson|Easton|Emmett|Everett|Garrett|Grayson|Greyson|Jaxon|Jaxson|Kaden|Kaiden|Keegan|Kellan',
  'Kolton|Maddox|Nolan|Parker|Paxton|Quinn|Reid|Ryder|Spencer|Tristan|Weston|Zayden|Ayden|Brennan|Cooper|Elijah|Ezra',
  // English-speaking world (names common among adults)
  'Clarence|Curtis|Herbert|Lonnie|Melvin|Ernest|Floyd|Vernon|Wendell|Alvin|Calvin|Isaiah|Jeremiah|Malachi|Moses|Solomon|Brittney|Britney|Chelsey|Courtney|Jodie|Kerri|Kristy',
  'Lacey|Mandy|Shelby|Shelly|Shelley|Sheryl|Tara',
].join('|');

export const CURATED_FAMILY_NAMES = [
  // India (North)
  'Sharma|Verma|Gupta|Singh|Kumar|Malhotra|Kapoor|Khanna|Mehra|Chopra|Agarwal|Aggarwal|Agrawal|Jain|Bansal|Goel|Mittal|Srivastava|Shrivastava|Saxena|Mishra|Tiwari|Pandey|Dubey',
  'Trivedi|Chaturvedi|Dwivedi|Tripathi',
  // India (South)
  'Iyer|Iyengar|Nair|Menon|Pillai|Reddy|Rao|Naidu|Chowdary|Raju|Krishnan|Subramanian|Subramaniam|Venkatesan|Ramasamy|Murugan|Rajan|Natarajan|Srinivasan|Raghavan|Ramachandran',
  'Balakrishnan|Gopalakrishnan|Sundaram|Shanmugam|Kannan|Pandian|Mudaliar',
  // India (Bengal, Odisha, Assam, Northeast)
  'Banerjee|Bandyopadhyay|Chatterjee|Chattopadhyay|Mukherjee|Mukhopadhyay|Ganguly|Gangopadhyay|Bhattacharya|Bhattacharjee|Chakraborty|Chakrabarti|Dasgupta|Sengupta|Ghosh|Bose',
  // India (West: Maharashtra, Gujarat, Goa)
  'Patil|Deshmukh|Kulkarni|Deshpande|Jadhav|Pawar|Shinde|Gaikwad|Salunkhe|Chavan|Bhosale|Sawant|Kadam|Apte|Gokhale|Phadke',
  // India (Punjab, Sikh), Sindhi
  'Kaur|Sandhu|Sidhu|Dhillon|Grewal|Brar|Sekhon|Virk|Cheema|Bajwa|Randhawa|Aulakh|Dhaliwal|Sahota|Johal|Atwal',
  // Pakistan
  'Khan|Ahmed|Ali|Hussain|Qureshi|Malik|Chaudhry|Siddiqui|Iqbal|Akhtar|Aslam|Javed|Mirza|Baig|Abbasi|Awan|Bhatti|Janjua|Niazi|Khattak|Afridi|Yousafzai',
  // Bangladesh
  'Rahman|Hossain|Uddin|Akter|Akhter|Begum|Chowdhury|Sarker|Miah|Haque|Hoque|Haq|Alam|Karim|Rahim|Kabir',
  // Sri Lanka, Maldives
  'Perera|Fernando|Silva|Jayasuriya|Wickramasinghe|Wickremesinghe|Bandara|Dissanayake|Jayawardena|Jayawardene|Gunawardena|Senanayake|Rajapaksa|Ranasinghe|Herath|Rathnayake',
  // Nepal, Bhutan
  'Shrestha|Adhikari|Thapa|Magar|Gurung|Tamang|Limbu|Karki|Khadka|Bhandari|Basnet|Poudel|Paudel|Pokharel|Koirala|Dahal',
  // Nigeria (Yoruba)
  'Adeyemi|Adebayo|Ogunleye|Ogunbiyi|Adewale|Afolabi|Ajayi|Akinola|Akinwale|Alabi|Babalola|Balogun|Bamidele|Adeleke|Adesanya|Adeniyi|Adekunle|Ayodele|Fashola|Fayemi',
  // Nigeria (Igbo)
  'Okafor|Okonkwo|Okeke|Eze|Nwosu|Nwachukwu|Okoro|Okoye|Chukwu|Nnaji|Uzoma|Nwankwo|Ezeh|Ibe|Igwe|Iwu|Ugwu|Udeh|Okpara|Okolie',
  // Nigeria (Hausa, Fulani, Kanuri, Middle Belt)
  'Abubakar|Musa|Ibrahim|Yusuf|Mohammed|Lawal|Aliyu|Danjuma|Dangote|Usman|Shehu|Abdullahi|Suleiman',
  // Nigeria (South-South, Middle Belt)
  'Osagie|Obaseki|Igbinedion|Omoregie|Edosomwan|Ehigiator|Okotie|Ighodaro|Uwaifo|Akpan|Udoh|Essien|Bassey',
  // Ghana (Akan, Ga)
  'Mensah|Boateng|Asante|Owusu|Osei|Agyeman|Appiah|Amoah|Acheampong|Addo|Adjei|Ampofo|Annan|Antwi|Asamoah|Badu',
  // Ghana (Ewe), Togo, Benin
  'Agbenyega|Amegah|Dogbe|Gbeho|Kudjo|Tsikata|Adzraku|Afeku|Ahiable|Akakpo|Amouzou|Agbo|Kossi|Koffi|Kpodar|Lawson',
  // Kenya (Kikuyu)
  'Kamau|Mwangi|Njoroge|Kariuki|Maina|Kimani|Githinji|Gitau|Waweru|Ngugi|Macharia|Karanja|Njuguna|Wachira|Mugo|Muriuki',
  // Kenya (Meru, Embu)
  'Murungi|Mwiti|Kirimi|Gitonga|Mugambi|Kaberia|Kiraithe|Mutuma|Njagi|Nyaga|Mbaabu|Kathurima',
  // Kenya (Luo)
  'Otieno|Odhiambo|Ochieng|Owino|Onyango|Ouma|Okoth|Opiyo|Odongo|Omondi|Oduor|Okello|Oketch|Owuor|Ogola|Ogutu',
  // Kenya (Kalenjin)
  'Kiprop|Kiptoo|Kibet|Kiplagat|Kipruto|Cheruiyot|Kirui|Kosgei|Rotich|Kemboi|Korir|Kiprono|Koech|Langat|Ruto|Tanui',
  // Kenya (Kisii)
  'Mogaka|Nyamweya|Onsongo|Ombati|Ondieki|Momanyi|Nyakundi|Omwenga|Makori|Nyangau|Mokaya|Ogeto|Ongeri',
  // Kenya (Kamba)
  'Musyoka|Kioko|Mwanzia|Mutiso|Muthama|Kilonzo|Nzioka|Mulwa|Munyao|Kyalo|Wambua|Mbithi|Ndambuki',
  // Kenya (Luhya)
  'Wafula|Wekesa|Wanyama|Barasa|Simiyu|Wanjala|Juma|Shikuku|Nabwire|Namwamba|Makokha|Khaemba|Masinde',
  // Kenya (Coast)
  'Hamisi|Omari|Bakari|Athumani|Mwinyi|Shabani|Ramadhani|Kassim|Mbarak|Abdalla|Masha|Kazungu|Karisa',
  // Tanzania
  'Massawe|Mushi|Lyimo|Kimaro|Mrema|Swai|Shirima|Temba|Minja|Urassa|Mollel|Laizer|Mwakalinga',
  // Uganda
  'Mukasa|Ssekandi|Kiggundu|Ssali|Kizza|Mugisha|Byaruhanga|Tumusiime|Tumwine|Asiimwe|Muhwezi|Twinomugisha|Ocen',
  // Ethiopia
  'Tesfaye|Bekele|Abebe|Getachew|Alemayehu|Tadesse|Girma|Haile|Kebede|Tsegaye|Mesfin|Mulugeta|Mekonnen|Berhanu|Gebremariam|Gebreyesus',
  // Eritrea
  'Tesfay|Berhe|Tekle|Habte|Ghebreyesus|Tewolde|Mebrahtu|Weldemichael|Kahsay|Gebru|Abraha|Hagos|Araya',
  // Somalia, Djibouti
  'Warsame|Jama|Hersi|Hirsi|Nuur|Samatar|Mohamud|Mohamoud|Guled|Elmi|Duale|Dualeh|Dahir|Gedi|Abdille|Awale',
  // South Africa (Zulu, Xhosa, Ndebele, Swazi)
  'Dlamini|Nkosi|Ndlovu|Khumalo|Mthembu|Ngcobo|Buthelezi|Zungu|Mkhize|Ntuli|Mahlangu|Shabalala|Nxumalo|Cele|Gumede|Hadebe',
  // South Africa (Sotho, Tswana, Pedi)
  'Molefe|Mofokeng|Motaung|Molapo|Moloi|Mokwena|Modise|Seleka|Letsie|Lekota|Ramaphosa|Motsepe|Maseko|Moloto|Masilo|Motlanthe',
  // South Africa (Venda, Tsonga)
  'Mudau|Netshitenzhe|Nemavhola|Ramaano|Tshivhase|Netshivhale|Makhado|Mabunda|Ngobeni|Rikhotso|Shirinda|Mathonsi|Khosa|Nkuna|Hlungwani|Mashele',
  // South Africa (Afrikaans)
  'Botha|Pretorius|Steyn|Venter|Coetzee|Fourie|Smit|Kruger|Swanepoel|Joubert|Jacobs|Oosthuizen|Erasmus|Viljoen|Cronje|Potgieter',
  // Namibia
  'Geingob|Nujoma|Pohamba|Hamutenya|Shikongo|Amupanda|Nandi-Ndaitwah|Shilongo|Haufiku|Nghipondoka',
  // Zimbabwe
  'Moyo|Ncube|Sibanda|Dube|Nyathi|Mpofu|Chikwanha|Mugabe|Tsvangirai|Mutasa|Chinamasa|Mhlanga|Chigumba|Makoni|Marufu|Chimombe',
  // Zambia, Malawi
  'Mwale|Tembo|Mbewe|Lungu|Chanda|Mulenga|Bwalya|Mumba|Chileshe|Mwila|Mutale|Kaunda|Chiluba',
  // Mozambique, Botswana, Lesotho, Eswatini
  'Machel|Chissano|Guebuza|Nyusi|Mondlane|Cossa|Macuacua|Sitoe|Tivane|Nhantumbo|Massingue|Khama|Masisi',
  // Cameroon
  'Ngono|Mbarga|Atangana|Essomba|Onana|Nkoulou|Fotso|Kamga|Kamdem|Fokou|Tchamba|Tchinda|Djoumessi',
  // Gabon, Congo, Central African Republic, Chad
  'Nguema|Mba|Obame|Ndong|Nze|Sassou|Nguesso|Lissouba|Kolelas|Mabiala|Makosso|Mouanda|Ntsiba',
  // Senegal, Guinea
  'Diop|Ndiaye|Diallo|Gueye|Faye|Sarr|Mbaye|Ndour|Thiam|Cissé|Cisse|Diouf|Seck',
  // Mali, Burkina Faso, Côte d'Ivoire
  'Ouattara|Ouedraogo|Ouédraogo|Sawadogo|Kaboré|Kabore|Compaoré|Compaore|Zongo|Kouyaté|Kouyate|Diabaté|Diabate',
  // Sierra Leone, Liberia
  'Kamara|Sesay|Koroma|Bangura|Conteh|Jalloh|Kargbo|Turay|Mansaray|Fofanah|Kanu|Sankoh|Massaquoi',
  // Gambia
  'Jallow|Jammeh|Ceesay|Njie|Touray|Jobe|Drammeh|Manneh|Saidy|Sanneh|Darboe|Bojang|Colley',
  // Rwanda, Burundi
  'Uwimana|Niyonzima|Habimana|Nshimiyimana|Uwamahoro|Mukamana|Ingabire|Iradukunda|Ishimwe|Nkurunziza|Hakizimana|Bizimana|Tuyishime',
  // DR Congo
  'Ilunga|Kabila|Kabongo|Tshibanda|Mukendi|Tshisekedi|Mbuyi|Kalala|Ntumba|Kabeya|Nsimba|Kasongo|Mwamba',
  // Arab world (Levant)
  'Haddad|Khoury|Khouri|Nassar|Saleh|Salem|Hamdan|Mansour|Aziz|Habib|Hamad|Masri|Najjar|Sabbagh|Hakim|Halabi|Shami|Tamimi|Nasser|Saad|Farah|Khalil',
  // Arab world (Gulf, Iraq, Yemen)
  'Al-Qahtani|Qahtani|Al-Ghamdi|Ghamdi|Al-Zahrani|Zahrani|Al-Otaibi|Otaibi|Al-Harbi|Harbi|Al-Shehri|Shehri|Al-Dossari|Dossari|Al-Mutairi|Mutairi|Al-Anazi|Anazi|Al-Shammari',
  'Shammari|Al-Subaie|Subaie',
  // Arab world (Egypt, Sudan, Libya)
  'Abdelrahman|Abdel-Rahman|Abdel-Aziz|Fahmy|Hegazy|Hassan|Mostafa|Sayed|El-Sayed|Elsayed|Gamal|Fouad|Farouk|Helmy|Hosny|Kamal|Lotfy|Mahfouz|Morsi|Naguib|Shawky|Soliman',
  // Arab world (Maghreb)
  'Benali|Benamar|Benmoussa|Bennani|Benjelloun|Berrada|Alaoui|El-Alaoui|Elalaoui|Idrissi|El-Idrissi|Elidrissi|Tazi|Fassi|El-Fassi|Chraibi|Lahlou|Bouzid|Boukhari|Belkacem',
  'Bensaid|Bouazizi',
  // Iran
  'Mohammadi|Hosseini|Ahmadi|Rezaei|Moradi|Karimi|Jafari|Rahimi|Hashemi|Mousavi|Ghasemi|Kazemi|Sadeghi|Heidari|Hosseinzadeh|Ebrahimi|Zare|Rostami|Najafi|Amini|Akbari|Bagheri',
  // Afghanistan, Tajikistan
  'Ghani|Karzai|Wardak|Popal|Stanekzai|Sultani|Rasuli|Hakimi|Noorzai|Barakzai|Alokozai|Achakzai|Popalzai',
  // Turkey
  'Yılmaz|Yilmaz|Kaya|Demir|Şahin|Sahin|Çelik|Celik|Yıldız|Yildiz|Yıldırım|Yildirim|Öztürk|Ozturk|Aydın|Aydin|Özdemir|Ozdemir|Arslan|Doğan|Dogan|Kılıç|Kilic|Aslan|Çetin|Cetin',
  'Koç|Koc',
  // Kurdish
  'Barzani|Talabani|Zebari|Kurdi|Dizayee|Baban|Jaff|Hawrami|Qadir|Salih|Faraj|Amedi|Sindi',
  // Israel, Jewish diaspora
  'Cohen|Levi|Mizrahi|Peretz|Biton|Dahan|Avraham|Friedman|Azoulay|Malka|Katz|Yosef|Ohana|Ben-David|Ben-Ami|Shapira|Shapiro|Goldberg|Rosenberg|Schwartz|Levin|Kaplan|Segal',
  'Ashkenazi',
  // Armenia
  'Petrosyan|Hovhannisyan|Harutyunyan|Sargsyan|Grigoryan|Khachatryan|Hakobyan|Vardanyan|Karapetyan|Gevorgyan|Mkrtchyan|Poghosyan|Manukyan',
  // Georgia
  'Beridze|Kapanadze|Gelashvili|Maisuradze|Giorgadze|Lomidze|Tsiklauri|Bolkvadze|Kvaratskhelia|Nozadze|Khutsishvili|Abuladze|Tsereteli',
  // Azerbaijan
  'Mammadov|Aliyev|Hasanov|Huseynov|Guliyev|Ismayilov|Abbasov|Babayev|Jafarov|Rzayev|Suleymanov|Karimov|Ibrahimov',
  // Kazakhstan
  'Nazarbayev|Tokayev|Suleimenov|Akhmetov|Abenov|Zhumabayev|Nurlanov|Bekov|Omarov|Iskakov|Sadykov|Baimukhamedov|Kenzhebayev',
  // Uzbekistan
  'Abdullayev|Usmonov|Nazarov|Ergashev|Rashidov|Saidov|Sultanov|Tursunov|Mirziyoyev|Khodjaev|Alimov|Ismoilov|Qodirov',
  // Kyrgyzstan, Turkmenistan
  'Atambayev|Bakiyev|Japarov|Zhaparov|Akayev|Otunbayeva|Abdyldaev|Asanov|Bekmurzaev|Duishenov|Mamytov|Osmonov|Sydykov',
  // China (pinyin)
  'Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Zhu|Hu|Guo|Gao|Lin|Luo|Zheng|Liang|Xie|Han|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Yuan|Cai|Jiang|Yu|Cheng|Wei|Lu|Ren|Shen|Yao',
  'Cui|Zhong|Jin|Shi|Liao|Jia|Xia|Bai|Zou|Meng',
  // Hong Kong, Macau (Cantonese)
  'Chan|Wong|Lee|Cheung|Lau|Leung|Ng|Kwok|Fung|Yeung|Chiu|Tse|Lai|Siu|Kwan|Choi|Chu|Hui|Poon|Yuen|Kwong|Chau|Lui|Chung',
  // Taiwan
  'Chiang|Hsu|Hsieh|Tsai|Kuo|Tseng|Hsiao|Tsao|Yeh|Tsui|Shih|Hsueh|Chang',
  // Singapore, Malaysia
  'Teo|Goh|Yeo|Koh|Chua|Ang|Khoo|Leong|Toh|Loh|Seah|Heng|Quek',
  // Japan
  'Sato|Satō|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Itō|Yamamoto|Nakamura|Kobayashi|Kato|Katō|Yoshida|Yamada|Sasaki|Yamaguchi|Matsumoto|Inoue|Kimura|Hayashi|Shimizu|Yamazaki|Mori',
  'Abe|Ikeda|Hashimoto|Yamashita|Ishikawa|Nakajima|Maeda|Fujita|Ogawa|Okada|Hasegawa|Murakami|Kondo|Kondō',
  // Korea
  'Kim|Yi|Rhee|Park|Pak|Bak|Choe|Jeong|Kang|Cho|Yoon|Yun|Jang|Kwon|Gwon|Hwang|Ahn|Jeon|Chun|Hong|Yoo|Ryu|Baek|Paik|Heo|Kwak|Joo|Koo|Chae|Hyun|Byun|Byeon',
  // Vietnam
  'Nguyen|Nguyễn|Tran|Trần|Pham|Phạm|Hoang|Hoàng|Huynh|Huỳnh|Phan|Vu|Vo|Đặng|Bui|Bùi|Ngo|Ngô|Duong|Dương|Ly|Truong|Trương|Dinh|Đinh|Trinh|Trịnh|Doan|Đoàn|Luong|Lương|Quach|Luu',
  'Lưu|Kieu|Kiều',
  // Thailand
  'Saetang|Saelim|Saeung|Saeheng|Saelee|Boonmee|Srisuk|Thongdee|Jaidee|Suksawat|Wongsawat|Phromma|Sombat',
  // Laos
  'Chanthavong|Phommachanh|Sisouphanh|Vongsavanh|Keomany|Phimmasone|Souvannavong|Sengsouvanh|Xayavong|Inthavong|Phetsomphou|Sayavong|Khamphouvong',
  // Philippines
  'Bautista|Ocampo|Garcia|Mendoza|Andres|Villanueva|Aquino|Navarro|Gonzales|Lopez|Marquez|Rivera|Fernandez|Dizon|Manalo|Soriano|Pascual|Agustin|Tolentino|Macaraeg',
  // Indonesia
  'Wijaya|Santoso|Gunawan|Hartono|Setiawan|Kurniawan|Hidayat|Nugroho|Pratama|Saputra|Permana|Wibowo|Susilo|Purnomo|Halim|Tanoto|Sutanto|Sutrisno|Suharto|Sukarno',
  // Malaysia, Brunei
  'Abdullah|Ismail|Ahmad|Yusof|Othman|Hamid|Razak|Anwar|Zainal|Omar|Salleh|Sulaiman|Mokhtar',
  // Cambodia
  'Sok|Chea|Keo|Seng|Nhem|Prak|Ouk|Yim|Chhay|Chhim|Sorn|Nuon|Meas',
  // Russia
  'Ivanov|Smirnov|Kuznetsov|Popov|Vasiliev|Vasilyev|Petrov|Sokolov|Mikhailov|Novikov|Fedorov|Morozov|Volkov|Alekseev|Lebedev|Semenov|Egorov|Pavlov|Kozlov|Stepanov|Nikolaev',
  'Orlov|Andreev|Makarov|Nikitin|Zakharov|Zaitsev|Soloviev',
  // Belarus
  'Lukashenko|Tsikhanouskaya|Kalesnikava|Babaryka|Lukashevich|Kovalevsky|Zhuk|Karpovich|Novik|Kazlou|Sauchanka|Kavaliou|Shumski',
  // Ukraine
  'Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kovalchuk|Kravchenko|Oliynyk|Shevchuk|Koval|Polishchuk|Bondar|Tkachuk|Moroz',
  // Poland
  'Nowak|Kowalski|Wiśniewski|Wisniewski|Wójcik|Wojcik|Kowalczyk|Kamiński|Kaminski|Lewandowski|Zieliński|Zielinski|Szymański|Szymanski|Woźniak|Wozniak|Dąbrowski|Dabrowski',
  'Kozłowski|Kozlowski|Jankowski|Wojciechowski|Kwiatkowski|Krawczyk|Kaczmarek|Piotrowski',
  // Czechia
  'Novák|Svoboda|Novotný|Novotny|Dvořák|Dvorak|Černý|Cerny|Procházka|Prochazka|Kučera|Kucera|Veselý|Vesely|Horák|Horak|Němec|Nemec|Pokorný|Pokorny|Pospíšil|Pospisil',
  // Slovakia
  'Horváth|Horvath|Kováč|Kovac|Varga|Tóth|Baláž|Balaz|Szabó|Molnár|Lukáč|Lukac|Kollár',
  // Serbia, Montenegro
  'Jovanović|Jovanovic|Petrović|Petrovic|Nikolić|Nikolic|Marković|Markovic|Đorđević|Djordjevic|Stojanović|Stojanovic|Ilić|Ilic|Stanković|Stankovic|Pavlović|Pavlovic|Milošević',
  'Milosevic|Popović|Popovic|Kovačević|Kovacevic|Todorović|Todorovic|Ristić|Ristic',
  // Croatia
  'Horvat|Babić|Babic|Jurić|Juric|Knežević|Knezevic|Matić|Matic|Tomić|Tomic|Perić|Peric',
  // Bosnia
  'Hodžić|Hodzic|Hadžić|Hadzic|Delić|Delic|Mehmedović|Mehmedovic|Mujić|Mujic|Begić|Begic|Hasanović',
  // North Macedonia
  'Stojanovski|Petrovski|Nikolovski|Dimitrovski|Trajkovski|Georgievski|Angelovski|Ristovski|Jovanovski|Kostovski|Stefanovski|Zaev|Gruevski',
  // Slovenia
  'Kovačič|Kovacic|Krajnc|Zupančič|Zupancic|Potočnik|Potocnik|Mlakar|Vidmar|Golob|Kralj|Zupan|Bizjak',
  // Bulgaria
  'Georgiev|Dimitrov|Nikolov|Hristov|Stoyanov|Todorov|Iliev|Vasilev|Atanasov|Petkov|Angelov|Kolev|Yordanov',
  // Lithuania
  'Kazlauskas|Jankauskas|Petrauskas|Stankevičius|Stankevicius|Vasiliauskas|Žukauskas|Zukauskas|Butkus|Paulauskas|Urbonas|Kavaliauskas|Baranauskas',
  // Latvia
  'Bērziņš|Berzins|Kalniņš|Kalnins|Ozoliņš|Ozolins|Jansons|Ozols|Liepiņš|Liepins|Krūmiņš|Krumins|Balodis',
  // Estonia
  'Tamm|Sepp|Mägi|Magi|Kask|Kukk|Rebane|Ilves|Pärn|Parn|Koppel|Lepik|Oja',
  // Hungary
  'Nagy|Kovács|Kovacs|Toth|Szabo|Molnar|Németh|Nemeth|Farkas|Balogh|Papp|Takács|Takacs|Juhász|Juhasz|Lakatos|Mészáros|Meszaros|Oláh|Olah|Rácz|Racz',
  // Romania
  'Popescu|Ionescu|Popa|Radu|Dumitru|Stoica|Gheorghe|Matei|Ciobanu|Constantin|Rusu|Mihai|Munteanu',
  // Moldova
  'Ceban|Dodon|Grosu|Recean|Voronin|Chicu|Gavrilița|Gavrilita|Spînu|Spinu|Rotaru|Cebotari|Mocanu',
  // Greece
  'Papadopoulos|Papadakis|Papageorgiou|Papadimitriou|Papanikolaou|Georgiou|Dimitriou|Nikolaou|Ioannou|Konstantinou|Christodoulou|Vasileiou|Athanasiou|Oikonomou|Economou',
  'Karagiannis|Pappas|Makris|Vlachos|Alexiou',
  // Cyprus
  'Charalambous|Constantinou|Christofides|Anastasiades|Christodoulides|Kyprianou|Clerides|Vassiliou|Demetriou|Hadjipavlou|Hadjigeorgiou|Loizou|Panayiotou',
  // Albania, Kosovo
  'Hoxha|Berisha|Krasniqi|Gashi|Shala|Morina|Kelmendi|Bytyqi|Hasani|Rexhepi|Ahmeti|Osmani|Kastrati',
  // Sweden
  'Johansson|Andersson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Pettersson|Jonsson|Jansson|Hansson|Bengtsson|Jönsson|Lindberg|Jakobsson|Magnusson',
  'Lindström',
  // Norway
  'Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Kristiansen|Jensen|Karlsen|Johnsen|Pettersen|Eriksen',
  // Denmark
  'Nielsen|Christensen|Petersen|Madsen|Kristensen|Thomsen|Christiansen|Poulsen|Møller|Moller|Mortensen|Knudsen|Jakobsen',
  // Iceland
  'Jónsson|Sigurðsson|Sigurdsson|Guðmundsson|Gudmundsson|Ólafsson|Olafsson|Stefánsson|Stefansson|Magnússon|Einarsson|Kristjánsson|Kristjansson',
  // Faroe Islands
  'Joensen|Jacobsen|Johannesen|Mikkelsen|Niclasen|Rasmussen|Simonsen|Zachariasen',
  // Finland
  'Korhonen|Virtanen|Mäkinen|Makinen|Nieminen|Mäkelä|Makela|Hämäläinen|Hamalainen|Heikkinen|Koskinen|Järvinen|Jarvinen|Lehtonen|Lehtinen|Saarinen|Salminen|Heinonen|Niemi',
  'Heikkilä',
  // Netherlands
  'Jansen|Janssen|Meijer|Mulder|Peters|Hendriks|Dekker|Dijkstra|Smits|Vermeulen|Schouten|Willems|Hoekstra|Verhoeven|Koster|Huisman',
  // Flanders
  'Peeters|Maes|Claes|Goossens|Wouters|Mertens|Desmet|Vandenberghe|Vandamme|Verstraete|Declercq|Devos|Claeys',
  // Germany
  'Müller|Mueller|Schmidt|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Schaefer|Schröder|Schroeder|Neumann|Krüger|Krueger|Hofmann|Hartmann|Schmitt|Schmitz|Krause|Meier|Lehmann',
  'Schmid|Schulze|Maier|Köhler',
  // Austria
  'Gruber|Hofer|Wimmer|Moser|Leitner|Eder|Pichler|Steiner|Egger|Mayr|Auer|Lechner|Wallner',
  // Switzerland
  'Gerber|Brunner|Baumann|Widmer|Wyss|Suter|Marti|Huber|Sutter|Bühler|Buehler|Kälin|Scholz',
  // France, Wallonia
  'Bernard|Dubois|Durand|Leroy|Moreau|Laurent|Lefebvre|Michel|David|Bertrand|Vincent|Fournier|Girard|André|Andre|Lefèvre|Lefevre|Mercier|Dupont|Lambert|François|Francois',
  'Legrand|Garnier|Faure|Rousseau',
  // Quebec, Acadia
  'Tremblay|Gagnon|Bouchard|Ouellet|Pelletier|Bélanger|Belanger|Lévesque|Levesque|Bergeron|Leblanc|Paquette|Simard',
  // Italy
  'Mancini|Rizzo|Moretti|Santoro|Mariani|Rinaldi|Caruso|Martinelli|Coppola|Marchetti|Parisi|Ferraro|Valentini|Palumbo|Sanna|Rizzi|Cattaneo|Morelli|Giuliani|Rossetti',
  // Malta
  'Camilleri|Vella|Farrugia|Zammit|Galea|Grech|Attard|Spiteri|Azzopardi|Caruana|Mifsud|Cassar|Micallef',
  // Spain, Latin America (Spanish)
  'García|Rodríguez|Rodriguez|González|Gonzalez|Fernández|López|Martínez|Martinez|Sánchez|Sanchez|Pérez|Perez|Gómez|Gomez|Martín|Jiménez|Jimenez|Ruiz|Hernández|Hernandez|Díaz',
  'Diaz|Muñoz|Munoz|Álvarez|Alvarez|Alonso|Gutiérrez|Gutierrez|Domínguez|Dominguez|Vázquez|Vazquez',
  // Andes, Mexico, Central America
  'Quispe|Mamani|Huamán|Huaman|Condori|Chávez|Chavez|Villalobos|Solís|Solis|Meza|Gallegos|Cisneros',
  // Colombia
  'Uribe|Petro|Pastrana|Gaviria|Samper|Betancourt|Echeverría|Echeverria|Arango|Giraldo|Henao|Zuluaga|Cardona',
  // Catalonia
  'Puig|Soler|Ferrer|Pujol|Vidal|Figueras|Sabaté|Rovira|Bertran|Domènech|Domenech|Fuster|Puigdemont',
  // Galicia
  'Otero|Lorenzo|Souto|Varela|Outeiro|Castiñeira|Seoane|Feijóo|Feijoo|Rajoy|Fraga|Casares|Castelao',
  // Basque Country
  'Etxeberria|Agirre|Aguirre|Garmendia|Goikoetxea|Goicoechea|Urkullu|Arrieta|Arrizabalaga|Bengoetxea|Elizondo|Etxebarria|Echevarría',
  // Brazil, Portugal
  'Souza|Sousa|Rodrigues|Ferreira|Alves|Gomes|Martins|Almeida|Lopes|Soares|Fernandes|Vieira|Barbosa|Andrade|Nunes|Mendes|Freitas|Cardoso|Gonçalves|Goncalves|Santana|Teixeira',
  'Araújo|Araujo|Cavalcanti|Monteiro|Moura|Azevedo|Batista|Borges|Cunha|Farias',
  // Ireland
  'Murphy|Kelly|Walsh|O\'Brien|Byrne|Ryan|O\'Connor|O\'Neill|O\'Reilly|Doyle|McCarthy|Gallagher|O\'Doherty|Kennedy|Murray|Quinn|Moore|McLoughlin|O\'Carroll|Connolly|Daly|O\'Connell',
  'Wilson|Dunne|Brennan|Burke|Collins|Campbell|Clarke|Johnston|Hughes|O\'Farrell',
  // England
  'Jones|Williams|Taylor|Davies|Evans|Thomas|Johnson|Roberts|Robinson|Thompson|Wright|Edwards|Lewis|Harris|Martin|Cooper|Morris|Clark|Harrison|Morgan|Allen|James|Phillips',
  'Watson|Davis|Parker|Bennett|Griffiths|Mitchell|Richardson',
  // Scotland
  'Thomson|Paterson|MacDonald|McDonald|Henderson|Kerr|Cameron|Duncan|MacKenzie|McKenzie|MacLeod|McLeod|McLean',
  // Wales
  'Griffith|Pritchard|Powell|Vaughan|Howells|Bowen|Pugh|Rowlands|Llewellyn|Prosser|Gwynne|Meredith|Wynn',
  // United States, Canada, Australia
  'Coleman|Simmons|Patterson|Bryant|Alexander|Myers|Sullivan|Owens|Gibson|Ortiz|Nichols|Hawkins|Gardner|Stephens|Willis|Watkins|Olson|Carroll|Snyder|Cunningham|Harper|Greene',
  'Kelley|Franklin|Wheeler|McCoy|Howell|Garza|Burton|Stanley|George|Garrett|Larson|Frazier|Hanson|Bowman|Fowler|Hoffman|Carlson|Fleming|Byrd|Hopkins|Herrera|Walters',
  // New Zealand (Maori)
  'Ngata|Parata|Rewi|Tamihere|Tipene|Harawira|Hohaia|Kereama|Poutama|Ruru|Tapsell|Tomoana|Turei',
  // Samoa, Tonga
  'Leota|Tuilagi|Faleolo|Tuiasosopo|Sapolu|Aiono|Leavasa|Fonoti|Leaupepe|Mulitalo|Tuala|Toleafoa|Soliai',
  // Fiji
  'Waqa|Koroi|Rabuka|Cakobau|Nailatikau|Volavola|Nadolo|Radradra|Nayacakalou|Rokoduguni|Matavesi|Bainimarama|Qarase',
  // Hawaii
  'Kahale|Kalama|Kealoha|Kanahele|Kaleikini|Akana|Kamakau|Kahananui|Kapule|Kaniho|Kaneshiro|Kamakana|Kahoohanohano',
].join('|');

// Given names in native scripts (Korean, Japanese and Chinese given names without the family name).
export const CURATED_GIVEN_NAMES_NATIVE = [
  // Cyrillic (Russian, Belarusian)
  'Александр|Сергей|Дмитрий|Андрей|Алексей|Владимир|Михаил|Иван|Николай|Павел|Максим|Игорь|Юрий|Олег|Антон|Артём|Артем|Константин|Евгений|Денис|Кирилл|Илья|Борис|Никита|Егор',
  'Фёдор|Федор|Анастасия|Наталья|Ольга|Татьяна|Елена|Ирина|Светлана|Екатерина|Мария|Анна|Юлия|Ксения|Дарья|Полина|Алина|Людмила|Галина|Оксана',
  // Cyrillic (Ukrainian)
  'Олександр|Олексій|Андрій|Микола|Михайло|Володимир|Тарас|Богдан|Василь|Петро|Сергій|Дмитро|Юрій|Ігор|Олена|Ірина|Тетяна|Наталія|Юлія|Катерина|Світлана|Марія|Христина|Соломія',
  'Анастасія|Вікторія|Ганна|Остап|Назар|Євген|Віталій|Леся|Уляна|Роксолана|Олександра|Дарина|Ярина|Богдана',
  // Cyrillic (Serbian, Macedonian, Bulgarian)
  'Марко|Никола|Стефан|Драган|Зоран|Горан|Дејан|Ненад|Милош|Александар|Душан|Немања|Урош|Јелена|Милица|Ивана|Драгана|Снежана|Гордана|Јована|Тијана|Катарина|Мирјана|Биљана',
  'Љиљана|Предраг|Срђан|Бојан|Жељко|Невена|Теодора|Георги|Димитър|Петър|Христо|Стоян|Тодор|Васил|Пламен|Красимир|Йордан|Калоян|Десислава|Гергана|Цветелина',
  // Greek
  'Γιώργος|Γεώργιος|Κώστας|Κωνσταντίνος|Δημήτρης|Δημήτριος|Γιάννης|Ιωάννης|Νίκος|Νικόλαος|Παναγιώτης|Βασίλης|Χρήστος|Θανάσης|Μιχάλης|Βαγγέλης|Σπύρος|Σταύρος|Θοδωρής|Απόστολος',
  'Στέλιος|Πέτρος|Αντώνης|Μανώλης|Αλέξανδρος|Ηλίας|Κυριάκος|Μαρία|Ελένη|Κατερίνα|Αικατερίνη|Βασιλική|Ιωάννα|Δήμητρα|Άννα|Κωνσταντίνα|Ευαγγελία|Χριστίνα|Δέσποινα|Παναγιώτα',
  'Σταυρούλα|Θεοδώρα|Αναστασία|Αγγελική|Καλλιόπη',
  // Arabic
  'محمد|أحمد|احمد|علي|عمر|خالد|يوسف|إبراهيم|ابراهيم|حسين|عبدالله|مصطفى|محمود|طارق|سامي|رامي|فادي|وليد|ماجد|فيصل|سلمان|ناصر|منصور|حمزة|بلال|أنس|ياسين|مهدي|فاطمة|عائشة|مريم|زينب',
  'خديجة|سارة|ليلى|رنا|لينا|دينا|ريم|سلمى|رانيا|نادية|سمية|شيماء|لمى',
  // Hebrew
  'נועה|תמר|יעל|מיכל|נעם|איתי|עומר|יונתן|דניאל|איתן|אריאל|אורי|יוסי|משה|יוסף|אברהם|יצחק|יעקב|שלמה|אליהו|עופר|רוני|רונית|אורית|גלית|ליאת|אפרת|עינת|הילה|סיגל|דפנה|טליה|הדס|לימור',
  'מירב|רבקה|שרה|לאה|רחל|חנה|אסתר|מרים|יהודה|רונן|אלעד',
  // Persian
  'محمدرضا|علیرضا|حمیدرضا|امیرحسین|رضا|حسین|مهدی|امیر|حمید|سعید|مجید|مسعود|بهنام|بابک|کاوه|آرش|داریوش|کوروش|فرهاد|شهرام|بهرام|سینا|نیما|پدرام|احسان|هادی|مرتضی|سیاوش|کیان|رامین',
  'مهران|افشین|کامران|پریسا|مریم|فاطمه|زهرا|لیلا|مینا|سارا|نگار|نسرین|سمیرا|مهسا|گلناز',
  // Devanagari (Hindi, Marathi, Nepali)
  'प्रिया|राहुल|अंजलि|विक्रम|स्नेहा|रोहन|प्रियंका|अमित|सुमित|नेहा|राजेश|सुरेश|रमेश|महेश|दिनेश|अनिल|सुनील|संजय|अजय|मनोज|राकेश|मुकेश|अर्जुन|आरव|विवान|आदित्य|कबीर|अनन्या|अदिति',
  'काव्या|ईशा|श्रेया|रिया|पल्लवी|स्वाति|श्वेता|दिव्या|मीरा|सुनीता|अनीता|वरुण|करण|तन्वी|श्रुति|निकिता',
  // Bengali
  'রাহুল|প্রিয়া|সৌরভ|অর্ণব|অভিজিৎ|অনন্যা|ঋতুপর্ণা|মৌমিতা|সায়ন্তনী|সুদীপ্ত|পার্থ|তন্ময়|অনির্বাণ|অরিন্দম|ইন্দ্রানী|পারমিতা|তনুশ্রী|সুমনা|দেবাশীষ|রহিম|করিম|তানভীর|সাকিব|ফারহানা',
  'নুসরাত|সাদিয়া|তাহমিনা|রফিক|শাহরিয়ার|আরিফ|সুমাইয়া|মেহেদী|রাকিব|তাসনিম|ফাহিম|নাসরিন|শারমিন|আফসানা|তসলিমা|ইমরান|মাহবুব|দেবজানী|সঞ্চিতা|বিদিশা|কৌশিক',
  // Tamil
  'கார்த்திக்|அருண்|செந்தில்|முருகன்|லட்சுமி|சரவணன்|குமார்|வெங்கடேஷ்|ரம்யா|திவ்யா|லாவண்யா|கீர்த்தனா|பாலாஜி|கணேஷ்|கோபால்|கவிதா|ஆனந்த்|அரவிந்த்|ஹரிஷ்|பிரவீன்|சுரேஷ்|தீபா|ரேவதி',
  'சௌமியா|சிந்து|கிருஷ்ணன்|விஷ்ணு|மாதவன்|காயத்ரி|மீனாட்சி|கண்ணன்|இளங்கோ|நந்தினி|பவித்ரா|தனுஷ்|விக்னேஷ்|தினேஷ்|ராஜேஷ்|ரமேஷ்|பிரியா|ராகுல்|ஸ்ரீநிவாசன்|சுப்பிரமணியன்|அனிதா|சுதா',
  // Thai
  'สมชาย|ณัฐพงศ์|ศิริพร|สมศักดิ์|สมพร|สุดา|อนงค์|กัญญา|ปราณี|วนิดา|สุภาพร|สุนิสา|ชุติมา|กนกวรรณ|รัตนา|อภิญญา|นฤมล|พรทิพย์|สุกัญญา|จินตนา|วารุณี|ศิริวรรณ|พิมพ์ชนก|สุรชัย|วิชัย',
  'ชัยวัฒน์|กิตติศักดิ์|ธนากร|พงศกร|ณัฐวุฒิ|ธนวัฒน์|อภิชาติ|ศักดิ์ชัย|ศุภชัย|วีระพงษ์|ฉัตรชัย|สมเกียรติ|สุเทพ|นพรัตน์|กฤษดา|วุฒิชัย|ธีรพงษ์|จิรายุ|สมปอง|ปิยะพงษ์',
  // Georgian
  'გიორგი|დავით|ლევან|ირაკლი|ნიკა|ლუკა|ლაშა|ზურაბ|თამაზ|გელა|ნოდარ|რევაზ|გიგა|მამუკა|ვახტანგ|ოთარ|შოთა|ბექა|სანდრო|თემურ|თორნიკე|ზვიად|ნინო|თამარ|მარიამ|ანა|სალომე|ეკა|ქეთევან',
  'ნათია|თამთა|მაია|ლელა|მანანა|ქეთინო|ხათუნა|თინათინ|სოფო|ნუცა|ელენე|მზია|თეონა|ქეთი|თიკო|ლიკა',
  // Armenian
  'Արամ|Արմեն|Արման|Աշոտ|Տիգրան|Վարդան|Հայկ|Դավիթ|Լևոն|Նարեկ|Սամվել|Կարեն|Վահե|Հովհաննես|Գևորգ|Արսեն|Արթուր|Սարգիս|Սուրեն|Հրանտ|Անահիտ|Անի|Լուսինե|Նարե|Մարիամ|Գայանե|Լիլիթ',
  'Արմինե|Սիրանուշ|Տաթևիկ|Հասմիկ|Նունե|Սոնա|Զարուհի|Արփի|Քրիստինե|Նարինե|Ռուզաննա|Հռիփսիմե|Մելինե|Սրբուհի|Արտակ|Գրիգոր|Հակոբ|Հարություն',
  // Korean (Hangul, given names only)
  '민준|서연|서준|도윤|하준|지호|지훈|준서|현우|지우|하은|서윤|민서|수빈|예진|예은|은지|혜진|민지|수진|유진|은영|현주|미경|정은|영희|미영|수아|다은|채원|지민|서현|나연|소연|현정|승우|효진|성민|동현|민호|민석|진우|상우|승현|영호|영수|정호|성호|건우|우진|시우|예준|유준|주원|하윤|지아|하린|수연',
  '민재|윤서',
  // Japanese (kanji and kana)
  '翔太|大翔|陽翔|悠真|陽斗|悠人|健太|拓海|大輝|優斗|颯太|海斗|健二|太郎|一郎|翔平|大介|健一|直樹|和也|拓也|達也|雄太|浩二|隆之|博之|誠一|裕太|涼太|陽菜|結衣|美咲|花子|陽子|恵子|由美|裕子|真由美|明美|久美子|京子|智子|典子|幸子|洋子|直子|真理子|優子|結愛|芽依|莉子|美羽|心春|杏奈|彩花|さくら',
  'ゆい|はると|そうた|ゆうと|みゆ|さとし|ひろし|たけし|ことね|ゆうこ|ひなこ|あやか|まゆみ',
  // Chinese (given names)
  '志明|怡君|子轩|梓涵|欣怡|宇轩|雨涵|子涵|浩宇|志强|建华|晓明|晓红|晓玲|丽华|丽娟|秀英|桂英|秀兰|淑芬|美玲|雅婷|怡婷|家豪|志豪|冠宇|宗翰|承恩|佳穎|詩涵|淑惠|美華|婉婷|思远|嘉怡|诗琪|梓轩|俊宇|婷婷|静怡|文杰|志伟|家明|春梅|晓燕|丽丽|晶晶|欣妍|一鸣|嘉欣|子豪|家辉|伟杰|嘉豪|俊豪|子琪|佳怡|雨萱',
  '梓萱|若曦',
].join('|');

// Family names in native scripts.
export const CURATED_FAMILY_NAMES_NATIVE = [
  // Cyrillic (Russian, Belarusian)
  'Иванов|Смирнов|Кузнецов|Попов|Васильев|Петров|Соколов|Михайлов|Новиков|Фёдоров|Федоров|Морозов|Волков|Алексеев|Лебедев|Семёнов|Семенов|Егоров|Павлов|Козлов|Степанов|Николаев',
  'Орлов|Андреев|Макаров|Никитин|Захаров|Зайцев|Соловьёв|Соловьев|Борисов|Яковлев|Григорьев|Романов|Воробьёв|Сергеев|Кузьмин|Фролов|Александров|Дмитриев|Королёв|Королев|Гусев',
  'Киселёв|Киселев|Ильин|Максимов|Поляков|Сорокин|Виноградов',
  // Cyrillic (Ukrainian)
  'Шевченко|Коваленко|Бондаренко|Ткаченко|Ковальчук|Кравченко|Олійник|Шевчук|Поліщук|Ткачук|Марченко|Лисенко|Руденко|Савченко|Петренко|Клименко|Павленко|Кравчук|Кузьменко',
  'Пономаренко|Савчук|Василенко|Левченко|Харченко|Сидоренко|Карпенко|Бойко|Тимошенко|Зеленський|Порошенко|Ющенко|Кличко|Гриценко',
  // Cyrillic (Serbian, Macedonian, Bulgarian)
  'Јовановић|Петровић|Николић|Марковић|Ђорђевић|Стојановић|Илић|Станковић|Павловић|Милошевић|Поповић|Ковачевић|Тодоровић|Ристић|Лазић|Вуковић|Стојановски|Петровски|Николовски',
  'Димитровски|Трајковски|Георгиев|Димитров|Николов|Христов|Стоянов|Тодоров|Илиев|Василев|Атанасов|Петков|Ангелов|Колев|Йорданов|Маринов|Стефанов|Георгиева|Димитрова|Николова',
  'Христова|Стоянова|Тодорова',
  // Greek
  'Παπαδόπουλος|Παπαδάκης|Παπαγεωργίου|Παπαδημητρίου|Παπανικολάου|Γεωργίου|Δημητρίου|Νικολάου|Ιωάννου|Κωνσταντίνου|Χριστοδούλου|Βασιλείου|Αθανασίου|Οικονόμου|Καραγιάννης|Παππάς',
  'Μακρής|Αλεξίου|Αντωνίου|Αγγελόπουλος|Γιαννόπουλος|Κωστόπουλος|Νικολαΐδης|Παναγιωτόπουλος|Γεωργιάδης|Χρήστου|Πετρίδης|Δημόπουλος|Σταυρόπουλος|Μιχαηλίδης|Παυλίδης|Θεοδώρου',
  'Κυριακού|Σαμαράς|Τριανταφύλλου|Παπαδοπούλου|Παπαδάκη|Καραγιάννη|Γεωργιάδου',
  // Arabic (with and without the article)
  'القحطاني|قحطاني|الغامدي|غامدي|الزهراني|زهراني|العتيبي|عتيبي|الحربي|حربي|الشهري|شهري|الدوسري|دوسري|المطيري|مطيري|العنزي|عنزي|الشمري|شمري|السبيعي|المالكي|الهاشمي|هاشمي|العامري',
  'المنصوري|منصوري|السويدي|الفلاسي|المزروعي|الكعبي|الكبيسي|البلوشي|بلوشي|الحارثي|حارثي|الصباغ|التميمي|تميمي|الحسيني|حسيني|الموسوي|موسوي|النعيمي|نعيمي|الجبوري|جبوري|الدليمي',
  'دليمي|العبيدي',
  // Persian
  'محمدی|حسینی|احمدی|رضایی|مرادی|کریمی|جعفری|رحیمی|هاشمی|موسوی|قاسمی|کاظمی|صادقی|حیدری|ابراهیمی|عباسی|زارع|رستمی|نجفی|امینی|اکبری|باقری|صالحی|رحمانی|یزدانی|فراهانی|انصاری',
  'طباطبایی|نوری|سلطانی|میرزایی|عزیزی|قربانی|حمیدی|جلالی|کیانی|محمودی|محسنی|شریفی|طاهری|زمانی|اسدی|داوودی|خسروی|منصوری|نظری|توکلی|یوسفی',
  // Hebrew
  'כהן|לוי|ביטון|דהן|אברהם|פרידמן|אזולאי|כץ|יוסף|עמר|אוחנה|שפירא|גולדברג|רוזנברג|שוורץ|לוין|קפלן|חדד|אדרי|וקנין|אלבז|הלוי|אוחיון|טולדנו|סבג|בוזגלו|וייס|הורוביץ|רבינוביץ|פרלמן',
  'גרינברג|קרמר|גולדשטיין|ברנשטיין|פלדמן|רובין|שטיינברג',
  // Devanagari
  'शर्मा|वर्मा|गुप्ता|सिंह|कुमार|मल्होत्रा|खन्ना|मेहरा|चोपड़ा|अग्रवाल|जैन|बंसल|गोयल|मित्तल|श्रीवास्तव|सक्सेना|मिश्रा|तिवारी|पांडे|पाण्डेय|दुबे|त्रिवेदी|चतुर्वेदी|द्विवेदी',
  'त्रिपाठी|शुक्ला|यादव|चौहान|राठौर|ठाकुर|भाटिया|अरोड़ा|सेठी|भट्ट|जोशी|नेगी|रावत|बिष्ट|कोहली|टंडन|माथुर|सिन्हा|झा|चौधरी|पटेल|शाह|मेहता|देसाई|पाटिल|कुलकर्णी',
  // Korean (Hangul surnames)
  '김|이|박|최|정|강|조|윤|장|임|한|오|서|신|권|황|안|송|전|홍|유|고|문|양|손|배|백|허|남|심|노|하|곽|성|차|주|우|구|민|류|진|지|엄|채|원|천|방|공|현|함',
  // Chinese (single-character surnames, simplified and traditional)
  '王|李|张|張|刘|劉|陈|陳|杨|楊|黄|黃|赵|趙|吴|吳|周|徐|孙|孫|马|馬|朱|胡|郭|何|高|林|罗|羅|郑|鄭|梁|谢|謝|宋|唐|许|許|韩|韓|冯|馮|邓|鄧|曹|彭|曾|萧|蕭|田|董|袁|潘|蔡|蒋|蔣|余|杜|叶|葉|程|魏|苏|蘇|吕|呂|丁|任|沈|姚|卢|盧|姜|崔|钟|鍾|谭|譚|陆|陸|汪|范|金|石|廖|贾',
  '賈|夏|韦|韋|付|傅|方|白|邹|鄒|孟|熊|秦|邱|江|尹|薛|闫|段|雷|侯|龙|龍|史|陶|黎|贺|賀|顾|顧|毛|郝|龚|龔|邵|万|萬|钱|錢|严|嚴|覃|武|戴|莫|孔|向|汤|湯|欧阳|歐陽|司马|司馬|诸葛|諸葛|上官',
  // Japanese
  '佐藤|鈴木|高橋|田中|伊藤|渡辺|渡邊|山本|中村|小林|加藤|吉田|山田|佐々木|松本|井上|木村|斎藤|斉藤|清水|山崎|池田|橋本|阿部|山下|中島|石井|小川|前田|岡田|長谷川|藤田|後藤|近藤|村上|遠藤|青木|坂本|福田|太田|西村|藤井|金子|岡本|藤原|中野|三浦|原田|中川|松田|竹内|小野|田村|中山|和田|石田|森田',
  '上田|内田|柴田',
  // Thai
  'แซ่ตั้ง|แซ่ลิ้ม|แซ่อึ้ง|แซ่เฮ้ง|แซ่ลี้|บุญมี|ศรีสุข|ทองดี|สุขสวัสดิ์|วงศ์สวัสดิ์|พรหมมา|ทองสุข|ชินวัตร|เจียรวนนท์|ศรีสวัสดิ์|แก้วคำ',
  // Georgian
  'ბერიძე|კაპანაძე|გელაშვილი|მაისურაძე|გიორგაძე|ლომიძე|წიკლაური|ბოლქვაძე|ნოზაძე|ხუციშვილი|აბულაძე|წერეთელი|ჭავჭავაძე|კვირიკაშვილი|სააკაშვილი|მჭედლიძე|შენგელია|ჯაფარიძე|კიკნაძე',
  'გაბუნია|ჩიქოვანი|ლორთქიფანიძე|მიქაძე|ჟვანია|მარგველაშვილი|ბაქრაძე|ჩხეიძე|დოლიძე|კობახიძე|აბაშიძე',
  // Armenian
  'Պետրոսյան|Հովհաննիսյան|Հարությունյան|Սարգսյան|Գրիգորյան|Խաչատրյան|Հակոբյան|Վարդանյան|Կարապետյան|Գևորգյան|Մկրտչյան|Պողոսյան|Մանուկյան|Ավետիսյան|Ղազարյան|Ստեփանյան|Դավթյան',
  'Մարտիրոսյան|Աբրահամյան|Սիմոնյան|Մարգարյան|Բաբայան|Նազարյան|Զաքարյան|Մելքոնյան|Սահակյան',
].join('|');
