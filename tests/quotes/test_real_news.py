"""Who said what on news-style text, one table per failure seen on real news (issue 10).

Every snippet is written for this test, none copied from an article. Negative cases are
as important as positive ones: a wrong name is worse than none.
"""

from __future__ import annotations

import pytest

from index.types import Article, Quote
from tests.quotes.test_quotes import by_text, quotes_of

# (snippet, words of the quote, expected speaker or None, expected kind of speaker)
CASES: list[tuple[str, str, str, str | None, str | None]] = [
    # 1. a plainly named speaker, whatever NER makes of the surname
    ("named", "“Nothing could stop us,” Okonjo said. “We trained all winter.”",
     "Nothing could stop us", "Okonjo", "person"),
    ("named", "“Nothing could stop us,” Okonjo said. “We trained all winter.”",
     "We trained all winter", "Okonjo", "person"),
    ("named", "Vasquez says the team will recover before the playoffs.",
     "the team will recover", "Vasquez", "person"),
    # a surname the tagger read as a plural noun ("sanders") opening the sentence
    ("named", "The senator spoke for an hour on Sunday.\n\nSanders said the new tax would "
     "cover the cost.", "the new tax would cover", "Sanders", "person"),
    # an abbreviated title before a first name the model does not know: still a person
    ("named", "Const. Harjeevan Dhaliwal said the driver fled on foot.", "the driver fled",
     "Harjeevan Dhaliwal", "person"),
    # 2. a surname joins the full name the same article gives
    ("surname", "Marta Kowalczyk is favoured to win on Sunday.\n\n“I feel ready,” Kowalczyk "
     "said after practice.", "I feel ready", "Marta Kowalczyk", "person"),
    ("surname", "Forward Tomas Reyna scored twice.\n\nReyna said the win was for the fans.",
     "the win was for the fans", "Tomas Reyna", "person"),
    # 5. pronouns: gender, names inside quotation marks, never an organisation
    ("pronoun", "The crowd gathered on Elgin Street. “We are not leaving,” she said.",
     "We are not leaving", None, None),
    ("pronoun", "Peter Novak met Anna Berg on Monday. “The talks went well,” she said.",
     "The talks went well", "Anna Berg", "person"),
    ("pronoun", "Anna Berg met Peter Novak on Monday. “The talks went badly,” he said.",
     "The talks went badly", "Peter Novak", "person"),
    ("pronoun", "Taylor Quinn opened the debate. “Nobody believes Morgan Blake any more,” "
     "he said.", "Nobody believes", "Taylor Quinn", "person"),
    ("pronoun", "Acme Mining said the mine would reopen. “We expect a full recovery,” she "
     "said.", "We expect a full recovery", None, None),
    # 6. continuation paragraphs, and a new paragraph with its own attribution
    ("continuation", "“We are ready to go,” Dana Whitfield said.\n\n“The players trained "
     "hard all week.”\n\nCoach Li Wei disagreed. “We are not ready,” Li said.",
     "The players trained hard", "Dana Whitfield", "person"),
    ("continuation", "“We are ready to go,” Dana Whitfield said.\n\n“The players trained "
     "hard all week.”\n\nCoach Li Wei disagreed. “We are not ready,” Li said.",
     "We are not ready", "Li Wei", "person"),
    # … and someone who takes the floor after the last attribution stops the carry-over
    ("continuation", "“A shambles,” wrote Coun. Ada Voss. Coun. Rui Mendes shot back: “The "
     "councillor should read the report.”", "should read the report", "Rui Mendes", "person"),
    # a short sentence naming who takes the floor sets up the quotation after it …
    ("continuation", "“A shambles,” said Ada Voss. Rui Mendes was not convinced. “The "
     "councillor should read the report.”", "should read the report", "Rui Mendes", "person"),
    ("continuation", "The hearing ran late. Ines Calder shook her head. “Nobody asked the "
     "tenants.”", "Nobody asked the tenants", "Ines Calder", "person"),
    # … but a sentence of the story, or one ending the paragraph before, does not
    ("continuation", "Coun. Rui Mendes voted for the motion on Tuesday after a long debate "
     "about the ferry budget and the new terminal.\n\n“It is a sad day for the island.”",
     "a sad day", None, None),
    # … but not someone named in the attribution itself
    ("continuation", "“It will pass,” Sen. Rob Kirwan's aide, Lea Dunn, told reporters. "
     "“It has the votes.”", "It has the votes", "Lea Dunn", "person"),
    # … nor a paragraph that names its speaker right after its opening quotation
    ("continuation", "“We expected more,” said Coach Dana Pike.\n\n“It was a tough night.” "
     "Forward Ali Haddad said the team had let the fans down.", "a tough night",
     "Ali Haddad", "person"),
    # 7. quotes that were missed: colon before, cue verbs, present tense, two paragraphs
    ("missed", "Councillor Ruth Hartley had one reply.\n\nHartley says:\n\n“The vote was "
     "rigged from the start.”", "The vote was rigged", "Ruth Hartley", "person"),
    ("missed", "“Not a chance,” Moreau retorted.", "Not a chance", "Moreau", "person"),
    ("missed", "“Only in this city,” Dubois quipped.", "Only in this city", "Dubois", "person"),
    ("missed", "When the mayor began to speak, Brennan interjected, “That is simply not "
     "true.”", "simply not true", "Brennan", "person"),
    ("missed", "“What a mess,” Ferreira lamented.", "What a mess", "Ferreira", "person"),
    ("missed", "Councillor Ivo Brandt gloated that the plan had failed within a month.",
     "the plan had failed", "Ivo Brandt", "person"),
    ("missed", "The lawsuit alleges the company hid the losses, Nakamura wrote.",
     "hid the losses", "Nakamura", "person"),
    # a lone surname the tagger calls an organisation, with "she" right after it
    ("named", "“The numbers are going in the right direction,” said Hajdu. But she warned "
     "that “we are not out of the woods.”", "not out of the woods", "Hajdu", "person"),
    # a participle aside took the verb's subject in the parse
    ("missed", "Marta Olsen, writing in the Calgary Herald, argued that the rink should "
     "close.", "the rink should close", "Marta Olsen", "person"),
    # 8. a plural noun shaped like one for people speaks as a description …
    ("description", "Conservationists argue that the dam will harm the salmon run.",
     "the dam will harm", "Conservationists", "description"),
    # … but not what someone said, nor a document
    ("description", "Her comments suggest that the dam will harm the salmon run.",
     "the dam will harm", None, None),
    # a verb that only places quotation marks, its quotation set off after an aside
    ("missed", "When a fan shouted his name, Novak joked, again using the thick Irish accent "
     "he had mocked all night, “Come on up and join us!”", "Come on up", "Novak", "person"),
    # an inverted cue on a line of its own, the quotation in the next paragraph
    ("missed", "Greta Olsen spoke on a radio program in Halifax.\n\nStated Olsen:\n\n“I "
     "think the stakes are high and the council knows it.”", "the stakes are high",
     "Greta Olsen", "person"),
    # the parser read the subject's own clause as what was said
    ("missed", "Mr. Devlin, whose latest start-up, Gridly, sells software to farms, said the "
     "premier was “a start-up kind of guy.”", "the premier was", "Devlin", "person"),
    # a name the parser put inside a phrase ("te" read as a preposition) still speaks
    ("missed", "Tk'emlúps te Secwépemc Chief Rosanne Casimir said the community was still "
     "grieving.", "the community was still grieving", "Rosanne Casimir", "person"),
    # a cue the parser read as an adjective right after the quotation is still a cue
    ("missed", "“We will win this,” Trump told supporters, according to a pool report.",
     "We will win this", "Trump", "person"),
    # several weak readings that all name one person add up: the name, then "she", then
    # "she" again in the same sentence
    ("missed", "Councillor Rita Vance toured the flooded streets.\n\nIn an interview, Vance "
     "said on Friday she \"hand-delivered a letter to the premier this morning asking for "
     "emergency funds,\" and she said she hoped the province would answer soon.",
     "hand-delivered a letter", "Rita Vance", "person"),
    # a claim, charge or accusation a named owner made, as an object: the owner's words,
    # not those of the sentence's subject; and the owner does not become the "she" after
    ("missed", "Mayor Ann Holt blamed the media for making an issue out of Coun. Tom Reid’s "
     "claim that the city “wasted millions,” saying reporters had missed the point.",
     "wasted millions", "Tom Reid", "person"),
    ("missed", "Mayor Ann Holt spoke after the meeting. In response to Coun. Tom Reid's charge "
     "that she ignored the audit, she said the report had been public for months. “We hid "
     "nothing,” she said.", "she ignored the audit", "Tom Reid", "person"),
    ("pronoun", "Mayor Ann Holt spoke after the meeting. In response to Coun. Tom Reid's "
     "charge that she ignored the audit, she said the report had been public for months. "
     "“We hid nothing,” she said.", "We hid nothing", "Ann Holt", "person"),
    # a statement speaks for whoever issued it just before …
    ("description", "Karen Doyle issued a statement after the vote. “I respect the result,” "
     "the statement read.", "I respect the result", "Karen Doyle", "person"),
    ("description", "In her decision, Justice Amira Cole found the search unlawful.\n\n"
     "“The officers had no grounds to stop the car,” the decision says.",
     "The officers had no grounds", "Amira Cole", "person"),
    # "the company" or "the Crown corporation" goes on from the firm that was the subject
    ("described", "Canada Post says it will pause deliveries in the valley.\n\n“Our "
     "carriers' safety comes first,” the Crown corporation said in a statement.",
     "carriers' safety comes first", "Canada Post", "organisation"),
    # … and a letter the story reports on is nobody's it knows
    ("description", "The mayor received a threatening letter on Monday.\n\nCBC News reports "
     "that the letter was sent to City Hall.\n\nThe letter warned that the mayor would be "
     "harmed.", "the mayor would be harmed", None, None),
    # a description the next sentence names by its head word ("lawyer Mark Ng")
    ("description", "Hill’s lawyer said the family was considering an appeal. “We are "
     "reviewing our options,” said lawyer Mark Ng.", "considering an appeal", "Mark Ng",
     "person"),
    ("missed", "Mayor Luis Ortega said the bridge would be rebuilt.",
     "the bridge would be rebuilt", "Luis Ortega", "person"),
    ("missed", "“This first part runs on,” said Ines Duarte, “and it goes on.\n\n“A second "
     "paragraph carries the same quote.”", "A second paragraph", "Ines Duarte", "person"),
    # 8. described speakers, and descriptions the article resolves to a name
    ("described", "Residents said the water had risen overnight.",
     "the water had risen", "Residents", "description"),
    ("described", "“We saw it coming,” a neighbour said.", "We saw it coming",
     "a neighbour", "description"),
    # a spaced dash ends a body's name
    ("body appos", "The Ontario Federation of Agriculture — and some rural councils — said "
     "the rules would hurt farmers.", "hurt farmers", "Ontario Federation of Agriculture",
     "organisation"),
    # a province speaks for its government, whatever the tagger made of it
    ("body appos", "Alberta says it will not appeal the ruling.", "will not appeal", "Alberta",
     "organisation"),
    # "the province", "the city": a government described, not named
    ("described", "The province says it will not appeal the ruling.", "will not appeal",
     "province", "description"),
    ("described", "Mitch Corrigan, the Kentucky Republican, opposed the bill. The Kentucky "
     "Republican said the bill was rushed.", "the bill was rushed", "Mitch Corrigan",
     "person"),
    ("described", "Senator Joan Amery backed the bill. A Democratic senator said the vote "
     "would fail.", "the vote would fail", "A Democratic senator", "description"),
    # a legislator's abbreviation is a role, not a body ("the Yukon MP" is the MP just named)
    ("described", "Liberal MP Dara Quill tabled the bill on Friday. The Yukon MP said the "
     "vote would be close.", "the vote would be close", "Dara Quill", "person"),
    ("described", "Teodor Maas, the MLA for Kelowna, and Una Pike met. The MLA said the "
     "road would open.", "the road would open", "Teodor Maas", "person"),
    # a player's position is a role: in sports copy it stands for the player just named
    ("described", "Nina Holm scored twice in the final.\n\n“It was a team effort,” the "
     "Comets winger said.", "It was a team effort", "Nina Holm", "person"),
    ("described", "Ravi Dhillon made 41 saves. “We hung on,” the goalie said afterwards.",
     "We hung on", "Ravi Dhillon", "person"),
    # 10. noise in the text: zero-width spaces, rule lines, doubled single quotes
    ("noise", "“We are done,” Traeger\u200b said.", "We are done", "Traeger", "person"),
    ("noise", "“First things first,” Olga Bell said.\n.\n“Second things second.”",
     "Second things second", "Olga Bell", "person"),
    ("noise", "''We will rebuild,'' Mayor Ana Soto said.", "We will rebuild", "Ana Soto",
     "person"),
    ("noise", "LA CROSSE, Wis. — Dana Voss on Tuesday blamed the ministry, saying the road "
     "was unsafe.", "the road was unsafe", "Dana Voss", "person"),
    ("noise", "HALIFAX, N.S. (Wire) - Premier Ruth Okafor visited the site on Monday and said "
     "the province would pay for the repairs.", "the province would pay", "Ruth Okafor",
     "person"),
    # 7. more forms seen on real news: an inserted cue, a name and colon inside a paragraph
    ("missed", "The deal, Hartmann said, was never going to pass.", "never going to pass",
     "Hartmann", "person"),
    ("missed", "Both candidates were asked about the plan.\n\nOkafor: “We will fund it.” "
     "Brandt: “We will not.”", "We will not", "Brandt", "person"),
    # 11. "it" and "they" continue the main clause's subject, when it can speak
    ("it", "The harbour authority rejected the plan on Tuesday. It said the costs were too "
     "high.", "the costs were too high", "harbour authority", "description"),
    ("it", "Acme Mining closed the pit in May. It said the seam was exhausted.",
     "the seam was exhausted", "Acme Mining", "organisation"),
    ("they", "Union leaders met the board on Friday. They said the offer was an insult.",
     "the offer was an insult", "Union leaders", "description"),
    # 1. words inside the quotation never speak it; "said X" inverted after it
    ("inside", "“We have some wonderful people, some fantastic people here,” Morales said.",
     "fantastic people here", "Morales", "person"),
    ("inside", "“Nobody who knows him is surprised,” said Ines Varga, who has worked with "
     "him for years.", "Nobody who knows him", "Ines Varga", "person"),
    ("inside", "“The plan is dead. No, Ortiz. -L” Lena Brandt posted.", "The plan is dead",
     "Lena Brandt", "person"),
    # 7. any verb before a colon introduces the quotation after it
    ("colon", "Mayor Ada Brill spoke on Monday.\n\nBrill offered a blunt reply: “No one "
     "is closing this library. We will keep it open.”", "No one is closing", "Ada Brill",
     "person"),
    ("colon", "Premier Tom Vale wrote to the families.\n\nVale released the following "
     "statement:\n\n“Our thoughts are with everyone in Ashby.”", "Our thoughts",
     "Tom Vale", "person"),
    # 1. police and military titles the parser reads as a sentence end
    ("title", "The suspect fled on foot, Const. Mara Quill said.", "The suspect fled",
     "Mara Quill", "person"),
    ("title", "RCMP Cpl. Jean-Marc Tessier told reporters the highway was closed.",
     "the highway was closed", "Jean-Marc Tessier", "person"),
    ("title", "The drill went well, said Navy Capt. Orin Hale.", "The drill went well",
     "Orin Hale", "person"),
    # 2. a family name of two words joins the full name; a headline's capitals are no name
    ("surname", "President Luis Ortega Vidal visited the plant.\n\nOrtega Vidal said the "
     "plant would stay open.", "the plant would stay open", "Luis Ortega Vidal", "person"),
    ("headline", "Marta Kell Says She Will Run Again\n\nMarta Kell spoke in Leeds on "
     "Monday.\n\n“I am not done,” Kell said.", "I am not done", "Marta Kell", "person"),
    # 8. an organisation is named whole, and an organisation is no person
    ("org", "Rates will rise, according to the Organization for Economic Cooperation and "
     "Development.", "Rates will rise", "Organization for Economic Cooperation and "
     "Development", "organisation"),
    ("org", "According to Statistics Canada, the jobless rate rose in May.",
     "the jobless rate rose", "Statistics Canada", "organisation"),
    # 1. a named person with unnamed others speaks; two named people: the first named
    ("coordinated", "Analyst Nora Vik studied the leak.\n\nVik and other security experts "
     "said the files were genuine.", "the files were genuine", "Nora Vik", "person"),
    ("coordinated", "Mayor Ann Holt and Councillor Bo Reyes said the vote was close.",
     "the vote was close", "Ann Holt", "person"),
    # 8. a common noun capitalised at the head of a sentence is no name
    ("described", "Provincial Police Sgt. Ken Ruiz spoke on Monday.\n\nPolice say the "
     "driver fled on foot.", "the driver fled", "Police", "description"),
    # 8. a document speaks for whoever issued it; "the candidate" is the story's subject
    ("document", "Dana Ruiz toured the port on Monday. Ruiz's press release said the "
     "harbour would be dredged.", "the harbour would be dredged", "Dana Ruiz", "person"),
    ("document", "A statement from the Harbour Authority said the pier was closed.",
     "the pier was closed", "Harbour Authority", "organisation"),
    ("described", "Vera Holm launched her campaign in Tromso. Holm promised lower fares. "
     "Holm visited two schools.\n\nThe candidate said the ferry would be free.",
     "the ferry would be free", "Vera Holm", "person"),
    ("described", "Vera Holm debated Ivo Sand in Tromso.\n\nThe candidate said the "
     "ferry would be free.", "the ferry would be free", "candidate", "description"),
    # 10. mojibake: UTF-8 read as Windows-1252 is read as meant; the name is written right
    ("noise", "Enrique PeÃ±a Ruiz opened the summit.\n\nPeÃ±a Ruiz said trade would "
     "grow.", "trade would grow", "Enrique Peña Ruiz", "person"),
    # 11. "with the ministry saying": the absolute clause has its own subject (a body the
    # article does not name is a description, though the tagger calls it a name)
    ("it", "The two sides left the talks on Monday, with the ministry saying it would "
     "review the offer.", "it would review the offer", "ministry", "description"),
    # 12. reported content runs to the end of a list the parser broke at a comma
    ("list", "Officials say they are ready to discuss tariffs, quotas, inspections and "
     "subsidies if the other side agrees.", "inspections and subsidies", "Officials",
     "description"),
    # 1. a day is no speaker, and a statement speaks for whoever issued it
    ("document", "Ms. Okafor, who chairs the board, issued a statement Thursday saying, "
     "“The budget needs a second look.”", "The budget needs", "Okafor", "person"),
    # 10. a closing quotation mark with no space after it does not glue the speaker on
    ("noise", "The senator called the tax “plain theft,”Brennan said on Sunday.",
     "plain theft", "Brennan", "person"),
    # 8. "the association" is the organisation the article named with that head word
    ("described", "The Prairie Nurses Association met on Monday.\n\nAccording to the "
     "association, one clinic in five closed for a day.", "one clinic in five",
     "Prairie Nurses Association", "organisation"),
    ("described", "The Platform Committee met on Monday.\n\n“Taxes will fall,” the "
     "platform says.", "Taxes will fall", None, None),
    # 8. "the mayor" is the mayor the reader has met so far, titles kept in a pair of names
    # and abbreviated ("Coun." is a councillor)
    ("described", "Mayor Lena Voss opened the session.\n\nThe mayor said the budget was "
     "balanced.\n\nMayor Ed Brandt of Elmira spoke later.", "the budget was balanced",
     "Lena Voss", "person"),
    ("described", "Mayor Lena Voss and Coun. Omar Haddad clashed over the bylaw.\n\n“It "
     "will hurt shops,” the councillor said.", "It will hurt shops", "Omar Haddad", "person"),
    ("described", "Mayor Lena Voss and Coun. Omar Haddad clashed over the bylaw.\n\nThe "
     "mayor said the bylaw would pass.", "the bylaw would pass", "Lena Voss", "person"),
    # 7. a quotation over two paragraphs, attributed at its end, is one speaker's
    ("continuation", "Union leader Gail Moreau put it bluntly.\n\n“Nurses are leaving "
     "faster than we can hire them.\n\n“If nothing changes, this winter will be the "
     "worst,” she said.", "Nurses are leaving", "Gail Moreau", "person"),
    # 4. a common noun capitalised at the head of a line is no person, whatever NER says;
    # a surname that is also a word stays a person when the story gives the full name
    ("headline", "Hospital warns of longer waits this winter\n\nThe ward is full most "
     "nights, says Dr. Ana Ruiz, chief of staff at St. Brendan's Hospital.\n\nThe "
     "hospital's CEO called it a crisis.", "longer waits", None, None),
    ("surname", "Singer Neil Young played for young fans on Friday.\n\n“It was a good "
     "night,” Young said.", "It was a good night", "Neil Young", "person"),
    # 8. "the company" continues the organisation the story was just about, and "it" too
    ("described", "Northgate Energy said it will delay its pipeline.\n\nThe company blamed "
     "steel prices. “We will not cut corners,” it said.", "We will not cut corners",
     "Northgate Energy", "organisation"),
    ("described", "Anna Berg toured the plant on Monday.\n\nThe company said the plant would "
     "stay open.", "the plant would stay open", "company", "description"),
    # 2. a capitalised description heading the sentence is no part of the name
    ("surname", "Runner Joseph Kiprono won on Sunday, the third win for the runner.\n\n"
     "“I trained all winter,” Kiprono said.", "I trained all winter", "Joseph Kiprono",
     "person"),
    # … even before a first name no list knows, and when the tagger calls the surname a
    # firm elsewhere: a noun for people vouches for a person
    ("surname", "Resident Harjit Grewal said the basement flooded twice this spring.\n\n“We "
     "lost everything,” Grewal said.", "the basement flooded", "Harjit Grewal", "person"),
    # 2. a son or daughter named by first name alone carries the family name, and the
    # "she" after is the daughter, not her father
    ("surname", "Coun. Ray Dunmore was not at the hearing.\n\nDunmore's daughter, Claire, "
     "told the panel her father had never seen the contract. “He trusted the wrong people,” "
     "she said.", "her father had never seen", "Claire Dunmore", "person"),
    ("pronoun", "Coun. Ray Dunmore was not at the hearing.\n\nDunmore's son, Peter, told the "
     "panel his father had never seen the contract. “He trusted the wrong people,” he said.",
     "He trusted the wrong people", "Peter Dunmore", "person"),
    # 2. hyphenated and accented first names make the full name, even one the tagger read
    # as a firm or whose second half is a country ("Marie-France")
    ("surname", "Jean-François Gagnon, the league's commissioner, was blunt.\n\n“Nobody is "
     "above the rules,” Gagnon said.", "Nobody is above", "Jean-François Gagnon", "person"),
    ("surname", "Paul-Émile Gauthier, the group's spokesperson, was blunt.\n\n“Nobody is "
     "above the rules,” Gauthier said.", "Nobody is above", "Paul-Émile Gauthier", "person"),
    ("surname", "Marie-France Roy, the union's president, was blunt.\n\n“Nobody is above "
     "the rules,” Roy said.", "Nobody is above", "Marie-France Roy", "person"),
    # 2. an honorific's sex keeps a surname off a namesake of the other sex: the mayor's
    # wife is named in full, the mayor only as "Mayor Lindqvist" and "Mr. Lindqvist"
    ("surname", "Mayor Lindqvist opened the fair, joined by his wife, Karin Lindqvist.\n\n"
     "“We waited ten years for this,” Mr. Lindqvist said.", "We waited ten years",
     "Lindqvist", "person"),
    ("surname", "Mayor Lindqvist opened the fair with his wife, Karin Lindqvist.\n\n"
     "“The rides are free,” Mrs. Lindqvist said. Mr. Lindqvist told reporters that the fair "
     "would run all week.", "the fair would run all week", "Lindqvist", "person"),
    ("surname", "Mayor Lindqvist opened the fair with his wife, Karin Lindqvist.\n\n"
     "“The rides are free,” Mrs. Lindqvist said.", "The rides are free", "Karin Lindqvist",
     "person"),
    # 7. a retort: "shot back", "fired back" speak ("shot" alone does not)
    ("missed", "Coun. Ines Lee called the budget fair.\n\nCoun. Ravi Park shot back, “It is "
     "a giveaway to developers.”", "It is a giveaway", "Ravi Park", "person"),
    ("missed", "Coun. Ines Lee called the budget unfair. Coun. Ravi Park fired back that "
     "the plan had passed twice.", "the plan had passed twice", "Ravi Park", "person"),
    # 2. a first name the model does not know, before a surname already met, is part of
    # the name, not a role: the daughter is not her father
    ("surname", "Mayor Dariusz Wojcik opened the plant.\n\nAoife Wojcik, who runs the "
     "family firm, told reporters that she took two weeks off.", "she took two weeks off",
     "Aoife Wojcik", "person"),
    # 5. "him" in "… and accused him of" is the man just named in what was said, so the
    # one who accuses is the one who said it
    ("pronoun", "Coun. Ada Kerr said Mayor Tom Dunn is responsible for the delays and "
     "accused him of “stalling the vote.”", "stalling the vote", "Ada Kerr", "person"),
    # … and "scolded X for suggesting that …": X suggested it
    ("named", "Coun. Ada Kerr scolded Mayor Tom Dunn for suggesting that the arena would pay "
     "for itself.", "the arena would pay for itself", "Tom Dunn", "person"),
    # 8. an age stands for the person the story was just about ("the 29-year-old")
    ("described", "Kenyan runner Joseph Kiprono won the marathon on Sunday.\n\n“The last five "
     "kilometres were hard,” the 29-year-old said.", "The last five", "Joseph Kiprono",
     "person"),
    # 7. a paragraph naming who answers ("X disagreed.") introduces the quotation after it
    ("missed", "Coun. Mark Ellis said the arena deal is dead.\n\nCoun. Priya Shah "
     "disagreed.\n\n“The deal is very much alive.”", "The deal is very much alive",
     "Priya Shah", "person"),
    ("missed", "“We are not there yet,” Mark Ellis said.\n\n“The deal is very much alive.”",
     "The deal is very much alive", "Mark Ellis", "person"),
    # 1. a name the tagger takes for a common noun, mid-sentence
    ("named", "In its report, Pew notes that the surveys it studied are not alike.",
     "the surveys it studied", "Pew", "person"),
    # 1. a common family name heading a sentence that the tagger takes for a noun
    ("named", "Reyes said in an interview on Tuesday that the plant would close.",
     "the plant would close", "Reyes", "person"),
    # 7. reported content the parser hung on a noun ("during a visit to the plant that …")
    ("missed", "Minister Tom Vale told reporters during a visit to the plant that jobs "
     "would be lost.", "jobs would be lost", "Tom Vale", "person"),
    # 7. ... and when the parser reads that "that" as the clause's subject
    ("missed", "The Regional Transit Authority said in a statement that ridership fell "
     "9 per cent in June.", "ridership fell 9 per cent", "Regional Transit Authority",
     "organisation"),
    # 7. the parser hangs the speaker on a fronted phrase as an apposition
    ("stranded", "In an email to Coast Radio, a spokesperson for Harbour Health said the "
     "clinic will stay open.", "the clinic will stay open", "a spokesperson for Harbour "
     "Health", "description"),
    # 5. a cue set off by commas, the name right after it: the name speaks, not the
    # sentence's subject
    ("inserted", "And the council, said Dana Whitfield, who chairs the board, never "
     "listens to residents.", "never listens to residents", "Dana Whitfield", "person"),
    # 7. a fronted aside is not what was said; "will continue to be" is not a cue
    ("fronted", "In a statement issued after the mayor quit, Lisa Moreau said she is sure "
     "Hall will continue to be a voice for the city.", "Hall will continue",
     "Lisa Moreau", "person"),
    # 1. a name the tagger merged with the place before it, in apposition to a role
    ("appos name", "“He was always restless,” said his old friend at Dalhousie, Martin "
     "Okafor, who roomed with him.", "He was always restless", "Martin Okafor", "person"),
    # 1. a known person described in passing ("an angry Hollande")
    ("described", "Premier Ada Lindqvist said little at first.\n\n“This province will "
     "not be bullied,” a defiant Lindqvist retorted.", "will not be bullied",
     "Ada Lindqvist", "person"),
    # 1. "Bozell notes" read as a noun phrase: the name before the verb speaks
    ("noun-phrase cue", "Rhea Bozell has followed the race.\n\n“Second, in every other "
     "contest the newcomer started the quarrel,” Bozell notes.", "the newcomer started",
     "Rhea Bozell", "person"),
    # 7. a cue ending in a colon right before the quotation: the quotation is what it says
    ("colon cue", "The timing was so odd that a spokesman for the mayor could only quip: "
     "“Apparently every other night was taken.”", "every other night was taken",
     "a spokesman for the mayor", "description"),
    # 5. ... but who is told follows "told", and never speaks
    ("told between commas", "Ray Osei, who sits on the board, told Metro News, “Of the "
     "three plans, I like the second best.”", "I like the second best", "Ray Osei",
     "person"),
    # 6. "adding" the parser hung on what was said is the speaker adding
    ("adding", "Mayor Lena Fisk told the council that Dale Hume “had a plan that was "
     "reckless,” adding, “He lost the trust of every voter in this city.”",
     "He lost the trust", "Lena Fisk", "person"),
    # 1. an aside between commas that the parser gave the speaker to
    ("aside", "Ann Morrison chairs the board.\n\nMorrison, exasperated, famously "
     "responded: “What good, at this late hour, would it do?”", "What good",
     "Ann Morrison", "person"),
    # 8. "the union, Unifor," is the union it names, whatever the tagger thinks of it
    ("body appos", "The union, Unifor, says members will vote on Friday.",
     "members will vote", "Unifor", "organisation"),
    # 8. a lead's description that the next sentence names: the person named
    ("named later", "HALIFAX — The provincial health minister says the clinic will stay "
     "open.\n\nHealth Minister Rosa Keane made the announcement on Friday. Opposition "
     "critic Tom Reid disagreed.",
     "the clinic will stay open", "Rosa Keane", "person"),
    ("named later", "REGINA — Saskatchewan's top doctor says flu cases are rising.\n\nDr. "
     "Mira Olsen told reporters the season started early.", "flu cases are rising",
     "Mira Olsen", "person"),
    # 8. ... but "a minister" is someone else
    ("someone else", "A former health minister says the clinic will close.\n\nHealth "
     "Minister Rosa Keane made an announcement on Friday.", "the clinic will close",
     "A former health minister", "description"),
    # 7. a second "said" the parser hung inside the first one's clause is the speaker's
    ("second said", "Lee Clark said Dana had started phoning delegates - there are three "
     "in each ward - but said the result was still far from certain.",
     "the result was still far from certain", "Lee Clark", "person"),
    # 1. a country word after a first name is a surname
    ("country surname", "“This is an extreme revision of the rules,” said Paul French of "
     "the Retail Council.", "extreme revision", "Paul French", "person"),
    # 1. a verb set off by commas that the parser hangs on the name as a modifier
    ("verb as modifier", "Ann Kovac, the 2018 Liberal mayoral candidate, tweeted in reply: "
     "“Fair point: the council spends too much and builds too little.”", "Fair point",
     "Ann Kovac", "person"),
    # 7. a document and a comma open a quotation as a colon does
    ("document comma", "Hours after the fire, Mayor Ines Laval issued a statement, “Our "
     "thoughts are with every family on Elm Street tonight.”", "every family on Elm Street",
     "Ines Laval", "person"),
    # 8. a name that takes "the" is a body's, even one the tagger does not know
    ("the body", "The Ontario Chamber of Commerce said shops need more certainty.",
     "shops need more certainty", "Ontario Chamber of Commerce", "organisation"),
    # 1. a family name that is also a party word, after a first name, is a name
    ("party surname", "Mayor Kate Tory said the budget is tight this year.",
     "the budget is tight", "Kate Tory", "person"),
    # 1. two people met before speak together: the first named
    ("coordinated", "Coun. Priya Shah and Mayor Tom Reid met the minister.\n\nShah and Reid "
     "both said the province had promised half of the cost.", "the province had promised",
     "Priya Shah", "person"),
    # 1. a role with the name beside it: the name speaks
    ("title", "There, the district Chairman Cole Wren declined to name the delegates but "
     "said one was a supporter.", "one was a supporter", "Cole Wren", "person"),
    ("title", "Vatican spokesman the Rev. Marco Bellini told reporters that the pope would "
     "not attend.", "the pope would not attend", "Marco Bellini", "person"),
    ("title", "“We applaud this step,” the association's CEO, Kevin Lark, said in a news "
     "release.", "We applaud this step", "Kevin Lark", "person"),
    # 2. a surname with a lower-case particle is one name, and its short form finds it
    ("particle", "Dr. Lena de Haan, the region's medical officer of health, said case counts "
     "are falling. “Keep it up,” de Haan said.", "Keep it up", "Lena de Haan", "person"),
    ("particle", "Pieter van der Walt said the mill would close.", "the mill would close",
     "Pieter van der Walt", "person"),
    # 5. a firm the tagger calls a person: the article's own usage says what it is, and
    # "she" is the woman met before it, not the firm
    ("firm", "Fenwick Hale says it will delay the pipeline.\n\n“We need certainty,” Fenwick "
     "Hale chief executive Ian Ross said.\n\nFenwick Hale said the delay would cost jobs.",
     "the delay would cost jobs", "Fenwick Hale", "organisation"),
    ("firm", "Premier Carla Munro said her government would not back down. Fenwick Hale, "
     "which owns the line, said the delay would cost jobs. “This is a setback for workers,” "
     "she said.", "This is a setback", "Carla Munro", "person"),
    # 8. "the department" continues the body just named when its name gives no other kind;
    # "the prime minister" is not the finance minister; an office is its holder's
    ("continued body", "Health Canada says the recall affects three brands. The department "
     "said no injuries had been reported.", "no injuries had been reported", "Health Canada",
     "organisation"),
    ("continued body", "Acme Mining says the recall affects three brands. The department "
     "said no injuries had been reported.", "no injuries had been reported", "department",
     "description"),
    ("other role", "Finance Minister Ray Dunmore said the deficit would shrink.\n\nLater, "
     "the prime minister said the country would not be bullied.", "would not be bullied",
     "prime minister", "description"),
    ("office", "Manitoba Premier Anne Kilbride's office said in a statement that the premier "
     "would meet the mayors.", "would meet the mayors", "Anne Kilbride's office",
     "organisation"),
    ("firm", "Premier Carla Munro said her government would not back down.\n\nCorvanta said "
     "the new trains would arrive next year. “This is a setback for riders,” she said.",
     "This is a setback", "Carla Munro", "person"),
    # 5. "she" after a described person who is the subject since the last quote is that
    # person, not the last name met; someone else's mother is no salient "the mother"
    ("described pronoun", "Sgt. Dana Pruitt said speed was a factor.\n\nThe victim's mother "
     "wept in court. “My son was everything to me,” she told reporters.", "My son was",
     "victim's mother", "description"),
    ("described pronoun", "Sgt. Dana Pruitt said speed was a factor. “The road was dry,” she "
     "said.", "The road was dry", "Dana Pruitt", "person"),
    # 8. a person described by origin is the one the story was just about
    ("origin", "Goaltender Nils Ekholm made 31 saves. Asked about his night, Ekholm shrugged."
     "\n\n“I just try to stop the puck,” said the Swedish netminder.", "stop the puck",
     "Nils Ekholm", "person"),
    # 1. a police service, a hospital or a utility is an organisation, whatever the tagger
    ("body name", "Halton Regional Police said officers were called just after 3 a.m.",
     "officers were called", "Halton Regional Police", "organisation"),
    ("body name", "Brantford Hydro says power will be back by noon.", "power will be back",
     "Brantford Hydro", "organisation"),
    # 7. "says" whose clause the parser read as its object
    ("misread object", "The town's economic development office says small shops like Rossi's "
     "account for nearly half of local jobs.", "account for nearly half",
     "town's economic development office", "organisation"),
    # 8. a person noun the lexicon of roles lacks still speaks as a description
    ("described", "The driver said he never saw the cyclist.", "he never saw the cyclist",
     "driver", "description"),
    # 7. speech withheld is no quote
    ("withheld", "Gill declined to comment on whether the Crown would appeal.",
     "the Crown would appeal", None, None),
    ("withheld", "Police would not say whether the man had a record.", "had a record", None,
     None),
    ("particle", "The head of the review, Marc de Bruyn, said it would take a year.",
     "it would take a year", "Marc de Bruyn", "person"),
    # an office is its holder's, by the full name the article gives
    ("office", "Transport Minister Gail Ostrander was not available. In an email, her office "
     "said the line would open in May.", "the line would open", "Gail Ostrander's office",
     "organisation"),
    ("office", "Premier Lyle Brandvold defended the plan on Monday.\n\nBrandvold's office "
     "said the cost was fair.", "the cost was fair", "Lyle Brandvold's office", "organisation"),
    # 6. a quotation going on after its speaker's attribution in the same paragraph is the
    # same speaker's, described or named
    ("goes on", "“They closed our clinic,” said one resident, a retired nurse. “Where do we "
     "go now?”", "Where do we go", "one resident", "description"),
    # 8. "one of the tenants" speaks as a description, and "she" after it, with nobody
    # named since, is that tenant, not the last name met
    ("partitive", "Landlord Victor Adeyemi raised the rent twice.\n\nOne of the tenants "
     "said the heat was off for weeks.", "the heat was off", "One of the tenants",
     "description"),
    ("partitive", "Landlord Victor Adeyemi raised the rent twice.\n\nA tenant said the heat "
     "was off for weeks.\n\n“We wore coats indoors,” she said.", "We wore coats",
     "A tenant", "description"),
    ("partitive", "A tenant said the heat was off for weeks.\n\nLandlord Victor Adeyemi "
     "disagreed. “The heat was on,” he said.", "The heat was on", "Victor Adeyemi", "person"),
    # a subject the parser found inside a dash aside is not who speaks: the phrase after
    # the closing dash is ("— the Oregon Democrat asks"), and one party member is a person
    ("aside", "Sen. Nora Whitcomb wants an audit of the port.\n\nIn the letter - sent to "
     "the port's chairman, Aldo Brix - the Oregon Democrat asks whether \"the port or its "
     "staff\" hid the losses.", "the port or its staff", "Nora Whitcomb", "person"),
    ("aside", "Mayor Jo Pellerin spoke first.\n\nThe Nevada Republican said the tax was "
     "fair.", "the tax was fair", "Jo Pellerin", "person"),
    ("aside", "Democratic Sen. Ray Okafor spoke first.\n\nThe Nevada Republican said the tax "
     "was fair.", "the tax was fair", "Nevada Republican", "description"),
    # "and Ostrowski fired" read as a noun joined to the object before: the noun right
    # before a verb without a subject is that verb's subject
    ("joined", "Mayor Piotr Ostrowski spoke to the council.\n\nLast week, auditors charged "
     "the treasurer with fraud and Ostrowski fired his deputy, Lee Varga, admitting that the "
     "books had been wrong for years.", "the books had been wrong", "Piotr Ostrowski",
     "person"),
    # one word the tagger only ever calls an organisation, no family name and never given
    # a first name, is an organisation ("Nabisco said")
    ("one word", "The snack maker Crunchola will close its plant in Ohio, the company "
     "confirmed on Monday.\n\n“Demand has fallen,” Crunchola said in a statement.",
     "Demand has fallen", "Crunchola", "organisation"),
    # a surname that is also a title ("Pete King", "Angela Bishop"), and two first names
    ("title name", "Congressman Hal King spoke to reporters.\n\n“That is not what we "
     "heard,” King said.", "That is not what we heard", "Hal King", "person"),
    ("title name", "Coach Mary Jo Pruitt wept on the bench. The crowd stood.\n\n“We earned "
     "this one,” Pruitt said.", "We earned this one", "Mary Jo Pruitt", "person"),
    # a name's own words say nothing of gender ("King" is no king, so "she" may be her)
    ("title name", "Tennis great Billie Jean King met the team on Friday after the final."
     "\n\n“They were wonderful,” she said.", "They were wonderful", "Billie Jean King",
     "person"),
    # "said that A and that B thinks C": the second "that" makes B's belief part of what
    # the speaker said
    ("belief", "Mayor Ada Quill said that the bridge was safe and that the city engineers "
     "think it will last for decades.", "it will last for decades", "Ada Quill", "person"),
    # a promise reports its infinitive; a campaign is its candidate's, by full name
    ("commitment", "Senator Ruth Adair spoke in Ohio on Monday.\n\nMs. Adair's campaign "
     "vowed Tuesday to remain in the race until the convention in July.",
     "to remain in the race", "Ruth Adair's campaign", "organisation"),
    # "Moro … is a fierce critic who said": the one the critic is
    ("copula", "Councillor Dan Moro skips meetings and is a fierce critic who said the "
     "budget was a mess from the start.", "the budget was a mess", "Dan Moro", "person"),
    # "she" two sentences after the name, across a paragraph break
    ("pronoun", "Tennis great Mary Ann Lowe met the players on Friday. She watched them "
     "train for an hour.\n\n“They were wonderful,” she said.", "They were wonderful",
     "Mary Ann Lowe", "person"),
    # a capital speaks for its government, whatever the tagger calls it; a person of that
    # name stays a person
    ("capital", "Kyiv said the attack had failed.", "the attack had failed", "Kyiv",
     "organisation"),
    ("capital", "Actor Denzel Washington spoke on Monday.\n\n“It was fun,” Washington said.",
     "It was fun", "Denzel Washington", "person"),
    # a capitalised word before an unspaced dash ("Ex-CIA") is no dateline: CNN speaks
    ("dateline", "CNN reported that night Ex-CIA chief Dale Moss testified about the raid.",
     "Dale Moss testified", "CNN", "organisation"),
    # “…,” Name, a long apposition, said when Other asked: the name after the closing
    # mark speaks, not the subject of the "when" clause
    ("apposition", "Governor Ana Ruiz praised reporter Leo Park on Friday.\n\n“Very sharp "
     "reporter, very sharp reporter this guy,” Ruiz, the party's front-runner nationally "
     "and current polling leader in the state by a wide margin after winning the spring "
     "primaries, said when Park asked her a question.", "Very sharp reporter", "Ana Ruiz",
     "person"),
    # a day before a document names no one; "an editorial in the Gazette" is the paper's
    ("document", "“The senator has no spine,” said a Thursday editorial in The Harbor "
     "Gazette.", "has no spine", "Harbor Gazette", "organisation"),
    ("document", "“The plan is dead,” a Monday statement from the office said.",
     "The plan is dead", "office", "organisation"),
    # "the company" never continues a ministry
    ("firm", "The ministry said the talks would resume in May.\n\nThe company said its "
     "profits fell.", "its profits fell", "company", "description"),
    # "X said A was B, and urged C": after the comma, the one who said it urges
    ("comma and", "Party spokesman Ned Varga on Thursday evening said the Liberal Party "
     "was not in a crisis, and urged that everyone take a deep breath.",
     "take a deep breath", "Ned Varga", "person"),
    # a surname in -ly (or "Early") the tagger reads as an adverb is still a name
    ("adverb name", "Dana Scully ran the count for the party.\n\n“People who understand it "
     "know it is valuable,” said Scully.", "know it is valuable", "Dana Scully", "person"),
    ("adverb name", "Delegate Sam Early spoke in Ohio.\n\n“The convention will be calm,” "
     "Early said.", "will be calm", "Sam Early", "person"),
    ("adverb name", "Dana Scully ran the data team with Ray Braddock.\n\nAnd Scully called "
     "Braddock “a real smart guy. He knows the data.”", "a real smart guy", "Dana Scully",
     "person"),
    # “A,” said X, an economist …, “B”: X says both halves, whatever the parser made of it
    ("split quote", "Rents keep rising across the state.\n\n\"The risk,\" said Edward "
     "Lerner, an economist who is the director of the State Forecast, \"is that we are going "
     "to be attracting workers and repelling jobs.\"", "The risk", "Edward Lerner", "person"),
    ("split quote", "Rents keep rising across the state.\n\n\"The risk,\" said Edward "
     "Lerner, an economist who is the director of the State Forecast, \"is that we are going "
     "to be attracting workers and repelling jobs.\"", "attracting workers", "Edward Lerner",
     "person"),
    # "X said in a statement. “…”": a speech verb with nothing reported, right before the
    # quotation, in the same paragraph
    ("said before", "Both candidates said it was no big deal.\n\nSam Lo, the communications "
     "director for the state party said in a statement. “There are no paper ballots to "
     "recount. The caucuses were a unique event.”", "no paper ballots", "Sam Lo", "person"),
    # a headline's "Why" is no part of a name
    ("headline", "Why Obama’s court pick might not win.\n\nObama said the judge deserved a "
     "hearing.", "deserved a hearing", "Obama", "person"),
    # "Or maybe Ken Ward, consultant Paul Marsh says": the name running up to the verb says it
    ("unclosed", "Polls suggest a tight race.\n\nOr maybe Ken Ward, digital consultant Paul "
     "Marsh says. \"Several surveys suggest a second look is occurring.\"",
     "Several surveys", "Paul Marsh", "person"),
    # "“…,” Ramos, 58, told AFP": the one told never speaks, and a verb the parser joined
    # to one inside the quotation keeps the name after the closing mark
    ("told", "Broadcaster Elena Ramos spoke in Lima.\n\n“They were terribly wrong to have "
     "ignored the warnings from the beginning,” Ramos, 58, told AFP in an interview in Lima "
     "on Monday.", "terribly wrong", "Elena Ramos", "person"),
    ("told", "Mayor Dan Weaver did not seem impressed with the comments on Tuesday, telling "
     "reporters, “A lot of people said the governor should step down.”", "governor should",
     "Dan Weaver", "person"),
    # "with Park telling reporters on Monday she viewed …": the clause after the cue's
    # phrase is what was told, however the parser joined it
    ("told clause", "The flood sparked a new argument over how the state prepares for "
     "storms, with Governor Lena Park telling reporters on Monday she viewed the agency as "
     "partly responsible for the damage.", "partly responsible", "Lena Park", "person"),
    # a sentence on the next line is no attribution of the quotation before it
    ("next line", "The debate turned to crime.\n\nThe governor claimed that crime has gone "
     "down 20 percent.\n\"This is a disease,\" Park said. \"It is not a moral failing. It "
     "is a disease, and we need to give people the treatment they need.\"\nNeither Ortiz nor "
     "Park mentioned the wall.\n\nThe debate ended late.", "not a moral failing", "Park",
     "person"),
    # a live blog's buttons glued to the names around them make no speaker
    ("glued", "Ann LeeFlagShareLikeReplyTom Ray 5ptsmoderatorFebruary 6, 2016 9:23PMPark Says "
     "She Will Win\nLena Park defended herself on Saturday, arguing that dropping the plan "
     "was a sign of leadership.", "She Will Win", None, None),
    # "a PAC called Forward 45 ran ads": a name given, never a speaker
    ("object", "A newly formed super PAC called Forward 45 ran its first ads in Iowa using "
     "her comments that \"I was responsible for quite a bit\" of the policy.",
     "I was responsible", None, None),
    # a name set off by commas after a role is its holder's, though the tagger called it a
    # place; a province there stays a place
    ("renamed role", "The Liberal MP for Surrey Centre, Randeep Sarai, said the grant would "
     "help hundreds of families.", "the grant would help", "Randeep Sarai", "person"),
    ("renamed role", "The Liberal MP for Surrey Centre, Randeep Sarai, spoke first. “This is "
     "about a fair start,” the MP said.", "a fair start", "Randeep Sarai", "person"),
    ("renamed role", "The mayor of Bathurst, Nova Scotia, said the bridge would reopen in May.",
     "the bridge would reopen", "mayor of Bathurst, Nova Scotia", "description"),
    # a role word people carry as a surname, after a first name, is the surname
    ("role surname", "Chief Gerald Cardinal said the band would sign the deal.",
     "the band would sign", "Gerald Cardinal", "person"),
    # a first name alone is the one person the story has named in full with it before …
    ("first name", "Sofia Marchetti and her brother run the farm their parents started.\n\n"
     "“We grew up in these fields,” Sofia said.", "We grew up", "Sofia Marchetti", "person"),
    ("first name", "Nadia Rahman and her husband fled Syria in 2015.\n\n“We had nothing,” "
     "he said.\n\nNadia said the town welcomed them with open arms.", "welcomed them",
     "Nadia Rahman", "person"),
    # … or named in full only later (as a headline's or a lede's first name is), but not one
    # of two
    ("first name", "Sofia Marchetti runs the farm with her cousin Sofia Brandt.\n\n“We grew "
     "up in these fields,” Sofia said.", "We grew up", "Sofia", "person"),
    ("first name", "“We grew up in these fields,” Sofia said.\n\nSofia Marchetti, 41, "
     "bought the farm in 1998.", "We grew up", "Sofia Marchetti", "person"),
    # "X's response was: “…”", "her statement explaining that …": the one it belongs to
    ("possessor", "Mayor Dana Ruiz was asked about the delays on Monday.\n\nRuiz's response "
     "was: “We are doing everything we can.”", "doing everything", "Dana Ruiz", "person"),
    ("possessor", "Premier Ana Lopes spoke to reporters in the spring.\n\nLater she revised "
     "her statement explaining that she had not seen the report.", "had not seen",
     "Ana Lopes", "person"),
    ("possessor", "Coach Tom Reyes spoke on Monday.\n\nHe raised $5 million last year, "
     "according to his campaign filings.", "raised $5 million", None, None),
    # a dash opens a quotation as a colon does, after a clause whose subject speaks
    ("dash", "Mayor Dana Ruiz spoke for an hour on Monday.\n\nRuiz also defended the new "
     "transit levy -- \"It is the fairest way to pay for the buses.\"", "fairest way",
     "Dana Ruiz", "person"),
    # "went so far as to say:": the verb hangs on an adverb, whose verb has the subject
    ("so far as", "The Herald columnist Ruth Calder went so far as to say: ''The league as we "
     "know it is over.''", "The league as we know it", "Ruth Calder", "person"),
    # who speaks "for" a minister is not the minister, however the parser hung the phrase
    ("spokesperson", "In an email to the Herald, a spokesperson for Transport Minister Ana "
     "Ruiz said the bridge is safe.", "the bridge is safe",
     "a spokesperson for Transport Minister Ana Ruiz", "description"),
    # right after a closing mark, the words from the cue to the next punctuation name the
    # speaker, however the parser read "ranking" or a hyphenated title
    ("name run", "\"They are wasting everyone's time with this,\" said Oversight ranking "
     "Democrat Darnell Pruitt (D-Md.). \"They are fighting each other.\"", "wasting",
     "Darnell Pruitt", "person"),
    ("name run", "\"They are wasting everyone's time with this,\" said Oversight ranking "
     "Democrat Darnell Pruitt (D-Md.). \"They are fighting each other.\"", "fighting",
     "Darnell Pruitt", "person"),
    ("name run", "\"They are wasting everyone's time with this,\" said Oversight ranking "
     "Republican Amos Whitley (R-Tenn.).", "wasting", "Amos Whitley", "person"),
    ("name run", "\"We had a big issue with the trade part,\" said United Steel Workers "
     "Secretary-Treasurer Darnell Pruitt.", "trade part", "Darnell Pruitt", "person"),
    ("name run", "The Islamic State said the two attackers were its followers.",
     "its followers", "Islamic State", "organisation"),
    # 5. the name in apposition to a subject is the subject "he" goes back to, not the
    # possessor before it ("Ford's chief of staff, Jamie Wallace, … outlined how he …")
    ("pronoun", "“We will win this vote,” Premier Doug Ford said on Monday.\n\nAfter the "
     "debate, Ford’s chief of staff, Jamie Wallace, went on CP24 and outlined how he thinks "
     "the bill could still pass.", "the bill could still pass", "Jamie Wallace", "person"),
    # a name the parser joined to the subject ("Newfoundland and Labrador Premier Andrew
    # Furey": "Furey" a conjunct of "Newfoundland") is the subject "his office" goes to
    ("pronoun", "Ontario Premier Doug Ford echoed that, calling the tax \"the worst tax "
     "ever.\"\n\nNewfoundland and Labrador Premier Andrew Furey, a Liberal, also signed the "
     "letter. His office said he supports climate action but that \"timing matters.\"",
     "he supports climate action", "Andrew Furey's office", "organisation"),
    # the person a sentence opens on ("For X, …") is the one the next "she said" means
    ("pronoun", "\"The door is open,\" RBC economist Claire Fan wrote in a note.\n\nFor "
     "Hamilton homeowner Priya Sandhu, the decision means another month of tight budgets."
     "\n\n\"Our mortgage renews in August,\" she said.", "Our mortgage renews",
     "Priya Sandhu", "person"),
    # 6. after a quotation that ends in a full stop, the next sentence's speech verb opens a
    # new sentence about something else, not the quotation's attribution (text scraped
    # without paragraph breaks)
    ("continuation", "“We are not cutting a single front-line position,” the premier told "
     "reporters. “What we are cutting is bureaucracy.” The United Nurses of Alberta "
     "disputes that.", "What we are cutting", "premier", "description"),
    ("continuation", "“The premier can call it bureaucracy if she wants,” Heather Smith said. "
     "“The patients waiting in hallways call it something else.” NDP health critic Sarah "
     "Hoffman accused the government of hiding the numbers.", "The patients waiting",
     "Heather Smith", "person"),
    # (guard) a main clause's subject outranks one of a clause it holds
    ("pronoun", "Campaign strategist Tom Reyes said the race is not over.\n\nReyes admitted "
     "that it will be hard to catch up unless Martin wins both debates, something Martin's "
     "aides say is likely.\n\n“It is uphill, we know that,” he said.", "It is uphill",
     "Tom Reyes", "person"),
    # 8. a description opening the lead is the person the next sentence introduces as
    # its subject, with no role of their own
    ("lead", "Ontario's education minister says students will have to keep their phones out "
     "of sight during class time starting this fall.\n\nStephen Lecce made the announcement "
     "at a school in Brampton on Sunday.\n\n\"We are going back to basics,\" Lecce said.",
     "keep their phones", "Stephen Lecce", "person"),
    ("lead", "Canada's chief public health officer says this year's flu season could be one "
     "of the worst in a decade.\n\nDr. Theresa Tam told a news conference in Ottawa on "
     "Friday that hospitalizations are already higher.\n\n“We are seeing an early start,” "
     "Tam said.", "flu season could be", "Theresa Tam", "person"),
    # (guard) not a description deeper in its sentence, which may go back to someone
    ("lead", "A city councillor is calling for Mayor Bob Ross to resign after the city's "
     "former police chief said the force was underfunded for a decade.\n\nPat Lee said in a "
     "motion filed Tuesday that the mayor ignored the warnings.\n\n\"It is simply false,\" "
     "Lee said.", "the force was underfunded", "city's former police chief", "description"),
    # 8. police and rescue crews speak as descriptions like "police" ("Mounties", a word
    # for RCMP officers the tagger reads as an organisation's name)
    ("description", "The two other passengers were taken to hospital with serious injuries, "
     "Mounties said in a news release Sunday.", "two other passengers", "Mounties",
     "description"),
    ("description", "Paramedics said the man was in stable condition.", "stable condition",
     "Paramedics", "description"),
    # an organisation in apposition to a noun that is no person's names the speaker; a role
    # word inside ("Senior") makes no person's name of it
    ("body name", "The home's operator, Sienna Senior Living, said in a statement that it "
     "followed public health guidance \"at every stage.\"", "followed public health",
     "Sienna Senior Living", "organisation"),
    # a body's name goes on past "for" or "on" when its words are all capitalised
    ("body name", "The Centre for Israel and Jewish Affairs said in a statement that it was "
     "saddened by the attack.", "saddened", "Centre for Israel and Jewish Affairs",
     "organisation"),
    ("body name", "The Coalition for Gun Control said the new law is too weak.", "too weak",
     "Coalition for Gun Control", "organisation"),
    # … and past "of" when the tagger's entity stops short of it
    ("body name", "The Public Health Agency of Canada said about 4.2 million doses had been "
     "given.", "4.2 million doses", "Public Health Agency of Canada", "organisation"),
    # (guard: here the tagger finds the whole name itself; it must stay whole)
    ("body name", "The Institute for Research on Public Policy said the rules would cost "
     "jobs.", "cost jobs", "Institute for Research on Public Policy", "organisation"),
    # the parser made the name the noun of "for …" and its owner a modifier of it
    ("apposition", "A spokesperson for Joly, Jean-Sébastien Comeau, said all promised "
     "vehicles would be delivered by spring.", "vehicles would", "Jean-Sébastien Comeau",
     "person"),
    # the parser gave "for" no noun and made the minister a second subject of "said": the
    # spokesperson speaks, never the minister
    ("rival subject", "A spokesperson for Health Minister Sylvia Jones said the government "
     "has added 80,000 nurses since 2018.", "80,000 nurses",
     "A spokesperson for Health Minister Sylvia Jones", "description"),
    # a body the tagger did not know, then "the union": that body
    ("description resolved", "Unifor represents 4,000 workers at the plant. The union says "
     "the company has refused to bargain.", "refused to bargain", "Unifor", "organisation"),
    # a verb the lexicon lacks, a comma right after it, then the quotation
    ("unlisted verb", "During the debate, Hillary Clinton cracked, “I am a progressive who "
     "likes to get things done.”", "a progressive", "Hillary Clinton", "person"),
    # a perfect participle after a dash goes on with who reports, not with whom he reports on
    ("participle", "Dana Whitmore and Omar Haddad met in Halifax.\n\nWhitmore started out "
     "their third debate saying \"of course\" Haddad has the qualifications to be premier -- "
     "having suggested in a recent speech that he is unqualified.", "he is unqualified",
     "Dana Whitmore", "person"),
    # a noun of saying with its owner, a colon and the quotation: the owner's words
    ("colon fragment", "Lena Park has run the bakery on Elm Street for 20 years.\n\nHer "
     "advice to other owners: “Don't wait for the city to fix anything.”", "Don't wait",
     "Lena Park", "person"),
    ("colon fragment", "Omar Haddad was asked whether he would run again.\n\nHis answer: "
     "“Not a chance.”", "Not a chance", "Omar Haddad", "person"),
    # a role standing for its holder is the subject "he" continues
    ("role antecedent", "Nova Scotia Supreme Court Justice Jamie Campbell ruled on Thursday. "
     "Defence lawyer Brian Church had argued that publicity made a fair trial impossible.\n\n"
     "The Nova Scotia judge disagreed. In a written decision, he said jurors could be "
     "screened for bias.", "jurors could be screened", "Jamie Campbell", "person"),
    # a surname in -ly opening the sentence, tagged as an adverb
    ("named", "Mayor Tom Reilly and Marcus Webb debated on Tuesday.\n\nReilly shot back that "
     "Webb's plan relied on money that had not been promised.", "had not been promised",
     "Tom Reilly", "person"),
    ("named", "Mayor Tom Reilly and Marcus Webb debated on Tuesday.\n\nReilly later told "
     "reporters he had great respect for Webb.", "great respect", "Tom Reilly", "person"),
    # a couple speaks as a group does, and "they" goes on with it
    ("description", "Jen and Mike Tanaka bought their first home in 2019.\n\nThe couple said "
     "the renewal will add $900 a month to their payments.\n\n“We did everything right,” "
     "they said.", "everything right", "couple", "description"),
    # the parser made the speaker an apposition of the fronted phrase's noun; the name
    # after "the landlord" is the landlord's, not the spokesperson's
    ("stranded subject", "In an email to CBC News, a spokesperson for the landlord, Greenpark "
     "Living, said the renovations are needed.", "renovations are needed",
     "a spokesperson for the landlord, Greenpark Living", "description"),
    # Titlecase words joined by "and" up to a word for a body are one body
    ("body name", "According to the Landlord and Tenant Board, applications for evictions "
     "have tripled since 2019.", "have tripled", "Landlord and Tenant Board", "organisation"),
    # two titled people joined by "and": the first named speaks (with the other)
    ("coordinated", "Mayor Ann Holt and Deputy Mayor Bo Li said the budget was tight.",
     "budget was tight", "Ann Holt", "person"),
    # (guards: one person with two titles joined by "and"; a name the parser hung on a
    # name before it as an apposition speaks itself)
    ("coordinated", "Fox News Vice President and Managing Editor Bill Sammon said the network "
     "was disappointed.", "network was disappointed", "Bill Sammon", "person"),
    ("named", "Sunday on CNN, when asked about Republican nominee Donald Trump, President "
     "Barack Obama said he expected Americans to say no.", "say no",
     "Barack Obama", "person"),
    # … or one the tagger called a person, never given a first name
    ("description resolved", "Revera operates the Maples home in Winnipeg. The company said "
     "it had followed all public health orders.", "public health orders", "Revera",
     "organisation"),
    # (guard: the apposition the parser reads as one)
    ("apposition", "A spokesperson for the minister, Marie-Claude Bibeau, said the vehicles "
     "would arrive soon.", "arrive soon", "Marie-Claude Bibeau", "person"),
    # a description that repeats a word of the body's name continues it ("Coast Health"
    # is "the health authority"); a kin noun is a person, named by its apposition even at
    # the end of the sentence (first name first, so no place), even "according to" one
    ("description resolved", "Coast Health said it could not discuss the case.\n\n“We "
     "offer our condolences,” the health authority said in a statement.", "condolences",
     "Coast Health", "organisation"),
    ("apposition", "Ruth Aalto was sent home with chest pain, according to her granddaughter, "
     "Jenna Park.", "sent home", "Jenna Park", "person"),
    ("description", "Ruth Aalto was sent home with chest pain, according to her grandson.",
     "sent home", "her grandson", "description"),
    # a subject's own clause set off by commas does not set it further from what it says
    ("organisation", "Brightwater Properties, which owns the mall, said it was working with "
     "police.", "working with police", "Brightwater Properties", "organisation"),
    # "the club" continues the body heading what a trailing attribution reports (a team's
    # name is plural); a pronoun there never does
    ("description resolved", "The Halifax Mooseheads have signed goalie Jack Ward to a "
     "two-year deal, the club announced Monday.", "two-year deal", "Halifax Mooseheads",
     "organisation"),
    ("description resolved", "Brightwater will close its Ottawa store in June, the company "
     "said Tuesday.", "Ottawa store", "Brightwater", "organisation"),
    # more verbs of speech: "repeated that", "speculated that"
    ("cue verbs", "Outside the courthouse, Ada Feldman repeated that her client had done "
     "nothing wrong.", "done nothing wrong", "Ada Feldman", "person"),
    ("cue verbs", "Analyst Rui Mendes speculated that the bank could cut rates again in "
     "March.", "cut rates", "Rui Mendes", "person"),
    # nouns the parser joined to what they say are its subject; common nouns joined by
    # "and" are a description (they had been an organisation "Residents and …"), and
    # several people ending in a plural are no one person named after them
    ("description", "The storm knocked out power to 3,000 homes, firefighters and utility crews "
     "said.", "knocked out power", "firefighters and utility crews", "description"),
    ("description", "Residents and business owners say the bike lane will hurt the "
     "neighbourhood.", "hurt the neighbourhood", "Residents and business owners",
     "description"),
    ("description", "In 2014, Latvia's president and foreign and defence ministers all urged a "
     "larger role for the navy. Weeks later, Russia's leader, President Dmitri Volkov, "
     "annexed the region.", "larger role", "Latvia's president and foreign and defence "
     "ministers", "description"),
    # the lead is parsed whatever it holds: it names whom the story is about (the surname
    # had gone to her father, named later), and an indefinite description opening a story
    # that names nobody before it is the one of that role named next
    ("surname", "Mira Castellanos spent a decade at the negotiating table in Lisbon.\n\nShe "
     "grew up in Porto, where her father, Tomas Castellanos, ran a bakery. The talks nearly "
     "collapsed in 2019. Delegates stayed up all night.\n\n“That was one of the hardest "
     "nights for me,” Castellanos recalled.", "hardest nights", "Mira Castellanos", "person"),
    ("description resolved", "A Halifax city councillor is pushing to ban gas leaf blowers, "
     "saying they are noisy.\n\nCoun. Rui Mendes will bring the motion to council next "
     "week.", "noisy", "Rui Mendes", "person"),
    # a live blog's time stamp run into its entry is no part of the speaker's name; a
    # lower-case role before an untagged name ("said photographer Jesse Winter")
    ("furniture", "Live updates: wildfire near Kelowna\n\n4:45 p.m. PT\nB.C. Wildfire Service "
     "says the fire has grown to 1,200 hectares.", "fire has grown", "B.C. Wildfire Service",
     "organisation"),
    ("named", "Smoke rises over the lake on Friday. “I have never seen anything like it,” said "
     "photographer Jesse Winter.", "never seen", "Jesse Winter", "person"),
    # a speech verb the parser joined to what was reported goes on with its speaker, not
    # with the reported clause's subject; (guard) not when a comma sets that clause off
    ("wrong speaker", "Union president Dana Whitcombe said the province had ignored the "
     "teachers for a year and warned that a strike vote was coming.", "strike vote",
     "Dana Whitcombe", "person"),
    ("wrong speaker", "Mayor Colin Hartt conceded that Councillor Karen Doyle had raised the "
     "drainage problem first but insisted that the fix was his idea.", "fix was his",
     "Colin Hartt", "person"),
    ("named", "Rhys Madden said at the hearing, the inspector Lena Voss looked at the beams "
     "and said they were sound.", "they were sound", "Lena Voss", "person"),
    # "the head of X's delegation" is someone new, not the story's subject
    ("wrong speaker", "Defence Minister Anita Rao said the navy would add two ships.\n\n“We "
     "will be ready,” Rao said.\n\nRao also said the ships would be built in Halifax.\n\n"
     "The deputy head of Japan’s delegation to the forum said the plan should be slowed.",
     "slowed", "deputy head", "description"),
    # "the Swedish centre" is the player just written about; "Sens. X and Y" gives X the
    # senator's role "the Vermont senator" goes back to; (guard) a party is no origin:
    # "the Republican presidential candidate" is not the mayor just written about
    ("description resolved", "Ryan Kowal made 35 saves as the Moose beat the Wolves 4-1 on "
     "Friday.\n\n“He stole that one for us,” coach Dana Pike said of Kowal.\n\nKowal said "
     "his legs felt fresh after a week off.\n\nMikael Lindqvist, who had gone eight games "
     "without a goal, scored twice in the second period.\n\n“It feels good to see one go "
     "in,” the Swedish centre said.", "feels good", "Mikael Lindqvist", "person"),
    ("description resolved", "Sens. Lisa Ortmann of Vermont and Jim Baird of Ohio voted with "
     "Democrats on Thursday.\n\nOrtmann told reporters she was disappointed by both "
     "parties.\n\n“Everybody wanted a fight more than a fix,” the Vermont senator said.",
     "a fix", "Lisa Ortmann", "person"),
    ("wrong speaker", "Dan Pruitt wants the city to restart surveillance of the port. Pruitt "
     "spoke on the radio on Thursday.\n\nMayor Bill Stroud ended the program in April.\n\n"
     "“There is anger like nobody has seen,” the Republican presidential candidate said in "
     "the interview.", "anger like", "Republican presidential candidate", "description"),
    # "the union" continues a union named as an association; "the company" never continues
    # an association
    ("organisation resolved", "The Prairie Nurses Association, which represents 9,000 "
     "nurses, filed a grievance on Monday. The union said nurses were working 16-hour "
     "shifts.", "16-hour", "Prairie Nurses Association", "organisation"),
    ("wrong speaker", "The Coastal Growers Association said prices were fair. The company "
     "said its profit rose.", "profit rose", "company", "description"),
    # a firm the tagger calls a person, or whose name is plural, is what "the company"
    # continues when the article treats it as a body ("its studies")
    ("description resolved", "Marlow Stone said its studies showed the quarry was safe. The "
     "company said it would build a new entrance.", "new entrance", "Marlow Stone",
     "organisation"),
    ("description resolved", "In a written submission, Halden Aggregates said its studies "
     "showed the pit was safe. The company said it would pave the road.", "pave the road",
     "Halden Aggregates", "organisation"),
    # "the group" continues an advocacy body just named
    ("description resolved", "The Prairie Civil Rights Association has raised concerns about "
     "the cameras. In a letter to the board, the group said footage should be deleted.",
     "footage should be deleted", "Prairie Civil Rights Association", "organisation"),
    # (guard: never a department)
    ("description", "Health Canada approved the drug. The group said it was unsafe.",
     "unsafe", "group", "description"),
    # "the head of the union" in the lead is the union's president named next
    ("description resolved", "The head of the Prairie Nurses Union says the ward is "
     "short-staffed.\n\nUnion president Carla Diaz said nurses were working double shifts.",
     "short-staffed", "Carla Diaz", "person"),
    # (guard: not a president of something else)
    ("description", "The head of the Prairie Nurses Union says the ward is short-staffed.\n\n"
     "President Joe Biden said the city would get help.", "short-staffed",
     "head of the Prairie Nurses Union", "description"),
    # "she said" after an unnamed aide or official who spoke in the sentence before
    ("described pronoun", "A former aide said the manager berated staff. She said six people "
     "had quit.", "six people had quit", "A former aide", "description"),
    # (guard: never the subject of what is said)
    ("pronoun", "Tom Reid spoke after the vote. A new manager, he said, could set a better "
     "tone.", "better tone", "Tom Reid", "person"),
    # a first name alone is the one person the story gave it ("Marie and Tom Desjarlais":
    # a couple sharing a surname); "Her husband" spoke last, so "he said" is him
    ("named", "When Ellen and Rob Kostiuk drove back into town, they knew the house was "
     "gone.\n\n“Seeing it is different,” Ellen said. “Forty years, and it's ash.”",
     "Seeing it", "Ellen Kostiuk", "person"),
    ("named", "Dana Whitfield opened the bakery in 1998.\n\n“I never thought it would last,” "
     "Dana said.", "never thought", "Dana Whitfield", "person"),
    ("pronoun", "Ellen Kostiuk cried. Her husband walked the lot in silence. Later, he said "
     "the couple plans to rebuild.\n\n“Where else would we go?” he said.", "Where else",
     "Her husband", "description"),
    # "The bank says" in a story that names no organisation is that bank, described;
    # (guard) once one is named, "the bank" is not a description that could be someone else's
    ("description", "Residents of this border town could walk to the bank for 60 years.\n\n"
     "The bank says fewer than 200 customers used the branch.", "fewer than 200",
     "bank", "description"),
    ("wrong speaker", "Tidewater Credit opened its branch in 1960. Residents loved it. The "
     "town grew. Many left.\n\nThe bank says fewer than 200 customers used the branch.",
     "fewer than 200", None, None),
    # a name the parser hung on the noun before it, with no comma ("At the convention Sen.
    # X said", "… Sen. X (D-MA) said"), is the verb's subject
    ("no speaker", "Saturday at the Vermont Democratic state’s party convention Sen. Nora "
     "Quill (D-VT) said presumptive Republican nominee Dale Hobbs was a “proven failure” in "
     "business.", "Dale Hobbs was", "Nora Quill", "person"),
    # a titled name the parser buried in the subject's "of" phrase, before a party and
    # state; (guard) an honorific gives no office: the wife of Mr. X is not X
    ("no speaker", "Speaker of the House Rep. Dave Ryan (R-WI) said “images like these have "
     "no place in a campaign.”", "no place", "Dave Ryan", "person"),
    ("wrong speaker", "The wife of Mr. Tom Akers said the house was sold.", "house was sold",
     "wife of Mr. Tom Akers", "description"),
    # "labeling X “…”", "thanked X for “…”" say the quoted words; a title in the
    # speaker's own phrase ("X, author of “…,” said") is no words of theirs, but (guard)
    # what a relative clause of theirs calls something is
    ("no speaker", "Former Gov. Mike Hanley, for his part, is labeling the plan “a blatant "
     "abuse of power.”", "blatant abuse", "Mike Hanley", "person"),
    ("no speaker", "Actor Jada Moore thanked the premier for “stepping up when Ottawa "
     "won’t.”", "stepping up", "Jada Moore", "person"),
    ("wrong speaker", "Paula Ruiz, author of “The Long Road Home,” said the book took ten "
     "years.", "Long Road", None, None),
    ("named", "Paula Ruiz, who called the plan “a disgrace,” said she would vote no.",
     "disgrace", "Paula Ruiz", "person"),
    # Canadian spelling of speech verbs: "signalled", "labelled"
    ("no quote", "The Bank of Canada signalled that its run of rate cuts is over.",
     "run of rate cuts", "Bank of Canada", "organisation"),
    # a story naming one resident has no mayor to give "the mayor" to
    ("wrong speaker", "Paula Ruiz lost her home in the flood on Monday.\n\nThe mayor said "
     "the city would help families like hers.", "city would help", "mayor", "description"),
    # "Robert Jr." is the son, not the Robert named in full
    ("first name", "Robert Briggs spoke on Monday.\n\nHis son Robert Jr. said the campaign "
     "was united.", "campaign was united", "Robert", "person"),
    # a business's description ("the grocer", "the telecom giant") continues the firm
    # named before it, whatever word its name ends with
    ("description", "Rogers Communications raised its prices on Monday. The telecom giant "
     "said costs had risen.", "costs had risen", "Rogers Communications", "organisation"),
    ("description", "Metro Inc. will freeze prices on 1,500 items, the grocer announced "
     "Monday.", "freeze prices", "Metro Inc.", "organisation"),
    # "Flair Airlines" is one body (its last word is plural), so "the company" continues it
    ("description", "Flair Airlines will lay off 400 workers this spring, the company said "
     "Thursday.", "lay off 400", "Flair Airlines", "organisation"),
    # a hospital the tagger called a place is a body all the same
    ("description", "St. Michael's Hospital will postpone 200 surgeries. The hospital said it "
     "expects to reschedule them by June.", "reschedule them", "St. Michael's Hospital",
     "organisation"),
    # "the grocer" is the body it reports on, not the firm named before
    ("wrong speaker", "Rogers Communications raised its prices. Farmgate will freeze prices "
     "on 1,500 items, the grocer announced.", "freeze prices", "Farmgate", "organisation"),
    # a player known by a common family name is no body; "the club" is the team before
    ("description", "The Vancouver Canucks lost again. Jones will miss the season, the club "
     "said.", "miss the season", "Vancouver Canucks", "organisation"),
    # a name that opens with a place the story names is a body's: "Nova Scotia Power"
    ("named", "A storm hit Nova Scotia on Sunday.\n\nNova Scotia Power has said it will "
     "spend $1.8 billion to harden its grid.", "harden its grid", "Nova Scotia Power",
     "organisation"),
    # a quotation opening the paragraph after "X released a statement." is the statement's
    ("missed", "The Ontario Nurses' Association released a statement on Tuesday.\n\n“Our "
     "members deserve better than this.”", "deserve better", "Ontario Nurses' Association",
     "organisation"),
    # "the union" is no company: "Acme Corp." says what kind of body it is
    ("wrong speaker", "Acme Corp. issued a statement on Tuesday.\n\n“We will appeal.”\n\n"
     "The union released a statement soon after.\n\n“This is a victory for every worker.”",
     "victory for every", "union", "description"),
    # a wire dateline is no subject for "the bank's board" to continue
    ("wrong speaker", "WASHINGTON -- President Obama on Thursday nominated Ana Lee for a "
     "second five-year term as president of the Nordic Bank.\n\nThe bank's board announced "
     "that it was beginning to consider candidates.", "beginning to consider", "bank's board",
     "description"),
    # "the force" continues a police service; an air force is a body that speaks
    ("description", "The Halton Regional Police Service arrested two men on Friday. The force "
     "said the men were wanted for a robbery.", "wanted for a robbery",
     "Halton Regional Police Service", "organisation"),
    ("description", "Ukraine's air force said Saturday it had shot down 40 of 48 drones.",
     "shot down 40", "Ukraine's air force", "organisation"),
    # "calling X “…”": the quotation after the verb's object is what it calls X, though the
    # parser hangs it on the main verb
    ("partial", "Olivia Chow's campaign later released a statement calling Mr. Pike “the most "
     "reckless member of Toronto's council.”", "most reckless", "Olivia Chow's campaign",
     "description"),
    # a mended mojibake letter is a letter of a titled name ("President Enrique PeÃ±a
    # Nieto"), so the double surname finds the full name the tagger cut short
    ("noise", "The premier met President Enrique PeÃ±a Nieto on Wednesday.\n\nPeÃ±a Nieto "
     "said that trade would grow.", "trade would grow", "Enrique Peña Nieto", "person"),
    # a name ending in a word for a firm ("Properties") is a body's, also in apposition to a
    # noun a person could be ("The building's owner")
    ("body name", "The building's owner, Eastgate Properties, said in a statement that it had "
     "offered the family a lower rent.", "offered the family", "Eastgate Properties",
     "organisation"),
    # "Asked by X whether …, she said, “…”": X asked the question; the answer is never X's
    ("wrong speaker", "The remarks conflicted with what Nora Vale told a radio station before "
     "her speech. Asked by host Ben Cole whether she had practiced, she said, \"I read it "
     "once, and that is all.\"", "I read it once", None, None),
    # "The Toronto-St. Paul's MPP": a role whose "The" the parser gave the riding, not a
    # body called "Paul's MPP"
    ("description resolved", "NDP MPP Jill Andrew asked about the cuts in the legislature. "
     "The Toronto-St. Paul's MPP said families would suffer.", "families would suffer",
     "Jill Andrew", "person"),
    # a title the tagger put inside the name ("MPP Karen Ross") is still her role, so "the
    # Toronto MPP" is her and not the MP met before
    ("description resolved", "Liberal MP Omar Haddad announced his run. The Toronto MP said "
     "he would focus on housing.\n\nNDP MPP Karen Ross asked about the cuts in the "
     "legislature. The Toronto MPP said families would suffer.", "families would suffer",
     "Karen Ross", "person"),
    # British copy quotes in single marks: the quotation, the one after it and one before
    # "he told" are all direct quotes with their speaker
    ("quote marks", "'This is a great day for the borough,' said Caroline Woodley, the mayor "
     "of Hackney. 'We listened to residents.'\n\nAhmed Yusuf, who runs a newsagent, said the "
     "scheme would hurt trade. 'Nobody asked us,' he told the Gazette.", "Nobody asked us",
     "Ahmed Yusuf", "person"),
    ("quote marks", "'This is a great day for the borough,' said Caroline Woodley, the mayor "
     "of Hackney. 'We listened to residents.'", "We listened to residents", "Caroline Woodley",
     "person"),
    ("quote marks", "Mrs Woodley added: 'The players' union backed us. We're proud of it.'",
     "We're proud of it", "Woodley", "person"),
    # (guard: apostrophes make no quotation)
    ("quote marks", "It's the players' union, not the '90s, said one fan.", "players' union",
     "one fan", "description"),
    # "joked that", "posted on Facebook that": a that-clause makes a report of the verbs
    # that otherwise only cue the quotation marks beside them
    ("cue verbs", "Sen. Dana Kettering joked that the committee had never met a deadline it "
     "liked.", "never met a deadline", "Dana Kettering", "person"),
    ("cue verbs", "Coun. Raj Patel posted on Facebook that the budget was a disgrace.",
     "the budget was a disgrace", "Raj Patel", "person"),
    # (guard: a relative or object "that" is no report)
    ("cue verbs", "Tom Ainsley posted a video that showed the flooded street.",
     "showed the flooded street", None, None),
    # a pronoun after a clause put before its own: that clause's subject
    ("pronouns", "Mayor Tom Reyes said the budget was tight.\n\nIn Westfield, where "
     "Councillor Jim Ortega grew up, he said the cuts would hurt families most.",
     "hurt families most", "Jim Ortega", "person"),
    # (guard: not when the clause is a condition or a question)
    ("pronouns", "Mayor Tom Reyes said the vote was close. If Jim Ortega loses the vote, he "
     "said, the council would start again.", "the council would start again", "Tom Reyes",
     "person"),
    ("pronouns", "Mayor Tom Reyes spoke after the meeting. Asked whether Jim Ortega would run "
     "again, he said the decision was not his.", "the decision was not his", "Tom Reyes",
     "person"),
    # the province after a town places it; the college before them speaks
    ("named", "Lakeshore College, in Kingston, Ont., said it would cut 40 jobs.",
     "cut 40 jobs", "Lakeshore College", "organisation"),
    ("named", "Pinecrest Hospital, of Tulsa, Okla., said the ward would close.",
     "ward would close", "Pinecrest Hospital", "organisation"),
    # (guard: a surname that is also a state's name is still a name)
    ("named", "Her lawyer at Hale LLP, Maria Washington, said the case was weak.",
     "case was weak", "Maria Washington", "person"),
    # (guard: a person set beside a place is still the one who speaks)
    ("named", "The mayor of Leeds, Ann Cole, said the ward would close.", "ward would close",
     "Ann Cole", "person"),
    # a body's name that runs on past the words the tagger called one
    ("named", "Planned Parenthood Advocates of Iowa said the law was unconstitutional.",
     "unconstitutional", "Planned Parenthood Advocates", "organisation"),
    # a department's long name ending in its country is an organisation's name
    ("named", "Environment and Climate Change Canada said most of the fine will go to the "
     "fund.", "most of the fine", "Environment and Climate Change Canada", "organisation"),
    # "about" and a number open what was said, though the parser hangs them on the verb
    ("missed quotes", "Ann Lee runs the food bank.\n\nShe said about one in four clients now "
     "has a job.", "about one in four clients", "Ann Lee", "person"),
    # what was announced comes first; the phrase after the cue sums it up
    ("missed quotes", "Manitoba will close three rural clinics next spring, the province "
     "announced Monday, a move doctors warned could leave towns without care.",
     "close three rural clinics", "province", "description"),
    # 1. a first name written with a hyphen, after a role, is all of the first name
    ("named", "Chief operating officer Anne-Sophie Roy said spending would rise this year.",
     "spending would rise", "Anne-Sophie Roy", "person"),
    ("named", "CFO Jean-Marc Belanger told analysts the outlook was weak.",
     "the outlook was weak", "Jean-Marc Belanger", "person"),
    # 1. a surname the tagger takes for a date ("Morrow") still names the speaker
    # (scraped, with straight quotation marks)
    ("named", "Analyst Keith Morrow said the results were weak.\n\n\"The shift is real, but "
     "the chain is late to it,\" Morrow wrote in a note to clients.", "The shift is real",
     "Keith Morrow", "person"),
    # 6. "adding" after a belief inside what was said goes on with who said it ...
    ("adding", "Mayor Ruth Okafor said the city expects the bridge to reopen in June, "
     "adding that crews would work overnight.", "crews would work overnight",
     "Ruth Okafor", "person"),
    # (guard: ... and with the believer when nobody reports the belief)
    ("adding", "The company expects sales to fall next year, adding that it would cut 200 "
     "jobs.", "it would cut 200 jobs", "company", "description"),
    # 1. a first name that is a country's, vouched for by a role: the person, and "she"
    ("named", "Dr. Ana Ruiz said patients could miss serious illness.\n\nNDP health critic "
     "France Gélinas said the province was short of doctors.\n\nAbout two million people "
     "do not have one, she said.", "About two million people", "France Gélinas", "person"),
    # (guard: the country itself is no person)
    ("named", "France said it would send two more ships.", "send two more ships", "France",
     "organisation"),
    # 8. a headline's common noun, capitalised by its place, is no body for "the union"
    ("description", "Nurses' union warns of strike as talks stall\n\nREGINA — The union "
     "representing 9,000 nurses says members will vote on a strike next week.",
     "members will vote", "union", "description"),
    # 5. who is called something never speaks, however the parser hung the verb
    ("called", "Dylan Holloway signed on Monday.\n\nCaptain Connor McDavid, speaking before "
     "the deal was announced, called Holloway \"a huge part of what we do.\"",
     "a huge part", None, None),
    # 8. "the company" far into a story is the one business it named (as a subject) ...
    ("description resolved", "Corvel Systems Inc. said Tuesday it will cut 600 jobs.\n\nChief "
     "executive Tobias Lind said the decision was hard. He wrote that the firm had hired too "
     "fast.\n\n“We grew too quickly,” Lind wrote.\n\nAnalysts said the cuts were expected. "
     "Shares rose.\n\nStaff who lose their jobs will get 16 weeks of pay, the company said.",
     "16 weeks of pay", "Corvel Systems Inc.", "organisation"),
    # (guard: ... never a body of another kind)
    ("description resolved", "The Labour Department said Tuesday it will audit 600 firms."
     "\n\nMinister Ann Lind said the audit was overdue. She said the firms had hired too "
     "fast.\n\n“We grew too quickly,” one owner said.\n\nAnalysts said the audit was "
     "expected. Shares fell.\n\nStaff will get 16 weeks of pay, the company said.",
     "16 weeks of pay", "company", "description"),
    # 8. a name ending in an acronym is a body's, though the tagger calls it a person's
    ("named", "Officers found the man in the parking lot, Surrey RCMP said in a statement.",
     "found the man", "Surrey RCMP", "organisation"),
    # (guard: a numeral after a name is no acronym)
    ("named", "John Whitfield III said the vote was close.", "the vote was close",
     "John Whitfield", "person"),
    # 8. a two-word name that says "it will …" of itself is a body's, and "the company"
    ("named", "Granite Western said it would pay for the cleanup.\n\nThe company said crews "
     "were on site.", "crews were on site", "Granite Western", "organisation"),
    # 7. what someone else said, as a thing spoken of, does not end what was said
    ("missed quotes", "Ann Lee says the insurer has paid a third of what the family "
     "claimed.", "what the family claimed", "Ann Lee", "person"),
    # 7. ... nor a verb of speech completing another verb ("see it recommended")
    ("missed quotes", "Dr. Ana Ruiz told reporters she would like to see masking recommended "
     "in schools during outbreaks.", "recommended in schools", "Ana Ruiz", "person"),
    # 8. a thing's former name ("X, formerly Twitter,") is no second subject of the verb
    ("former name", "Acme Rentals Ltd. did not respond to requests for comment.\n\nIn a post "
     "on X, formerly Twitter, the company wrote that it “takes every request seriously.”",
     "takes every request", "Acme Rentals Ltd.", "organisation"),
    # 8. a Quebec body's French name is one name, though the parser splits it at its
    # lower-case words
    ("french name", "The Fédération des travailleurs du Québec said it would appeal the "
     "ruling.", "appeal the ruling", "Fédération des travailleurs du Québec", "organisation"),
    ("french name", "The Bureau de coopération interuniversitaire, which represents the "
     "province's universities, said it was “deeply concerned.”", "deeply concerned",
     "Bureau de coopération interuniversitaire", "organisation"),
    # (guard: an English name keeps its own words)
    ("french name", "The Bureau of Labour Statistics said wages rose.", "wages rose",
     "Bureau of Labour Statistics", "organisation"),
    # 8. ", a move advocates say …": the phrase summing up the news is not who speaks
    ("description", "Council voted to limit where people can pitch tents in parks, a move "
     "housing advocates say will push people further from services.", "push people further",
     "housing advocates", "description"),
    # 8. a first name that is the name of a place the story names opens a body's name
    ("named", "Storms swept across Georgia on Monday.\n\nGeorgia Power said crews from five "
     "states were helping restore service.", "crews from five states", "Georgia Power",
     "organisation"),
    # 7. a fronted clause the parser left a bare noun is still what was said
    ("missed quotes", "A line of storms swept across the state on Monday, killing at least "
     "two people, officials said.", "A line of storms", "officials", "description"),
    # 1. a first name alone that says "she" of itself is a person, whatever the tags
    ("named", "Their oldest daughter, Tanya, 19, is studying to become a nurse.\n\nTanya says "
     "she noticed the prices as soon as she moved. “I almost cried,” she says.",
     "I almost cried", "Tanya", "person"),
    # 8. "the 29-year-old sprinter": an age describes the person the story is about
    ("described", "Andre Delorme is not done yet.\n\nThe 29-year-old sprinter, who won gold "
     "in Tokyo, said Thursday he plans to compete in 2028.", "he plans to compete",
     "Andre Delorme", "person"),
    # 5. "The Markham, Ont., native": the town is where the speaker is from, never a speaker
    ("described", "Andre Delorme is not done yet.\n\nThe Markham, Ont., native said his "
     "body feels better than it has in three years.", "his body feels better", None, None),
    # 2. a family name opened by a capitalised particle finds the full name
    ("surname", "Coaldale Mayor Jack Van Rijn disagrees.\n\nVan Rijn said the town's farmers "
     "had already cut their use.", "farmers had already cut", "Jack Van Rijn", "person"),
    # 8. "One source said …. The other said": the other one, described
    ("description", "One source said the deal would cover insulin. The other said the "
     "announcement could come next week.", "announcement could come", "other source",
     "description"),
    # (guard: "one day" leaves "the other" no one)
    ("description", "One day the mayor spoke. The other said the plan would fail.",
     "plan would fail", None, None),
    # 8. "the school" is the university or college the story opens on
    ("description resolved", "Lakeshore Tech University will suspend nine programs, the "
     "school said Friday.", "suspend nine programs", "Lakeshore Tech University",
     "organisation"),
    # 7. a clause the parser broke in two after a participle is one thing said
    ("missed quotes", "Lakeshore Tech University said students already enrolled in the "
     "affected programs would be able to finish their degrees.", "finish their degrees",
     "Lakeshore Tech University", "organisation"),
    # 8. "A spokesperson for the minister said …" is the person the next sentence names
    ("named later", "Students are angry.\n\nA spokesperson for Education Minister Ann Roy said "
     "the province had added $1 billion. “We expect schools to find savings,” Liz Tamm said "
     "in a statement.", "had added $1 billion", "Liz Tamm", "person"),
    # (guard: not someone with a role or a description of their own)
    ("named later", "Students are angry.\n\nA spokesperson for the union said members would "
     "vote. “We will decide Friday,” said Mayor Bob Lane.", "members would vote",
     "A spokesperson for the union", "description"),
    # 8. "she" after "One of the victims, a retired nurse, read a statement" is that victim
    ("pronouns", "A man was sentenced on Friday.\n\nOne of the victims, a retired nurse, read a "
     "statement. “I lost my home,” she told the court.", "lost my home", "One of the victims",
     "description"),
    # 5. a surname the parser left no subject ("Horwath defended city staff") is who
    # "she" goes on with, after another speaker
    ("pronouns", "Mayor Ann Horwath and Coun. Brad Clark clashed.\n\nClark said staff hid the "
     "cost. “We get a different answer,” he said.\n\nHorwath defended city staff. She said "
     "the province, not the city, was responsible.", "was responsible", "Ann Horwath",
     "person"),
    # 1. a Quebec body's French name with an adjective after its first word is one name
    ("bodies", "The Fédération interprofessionnelle de la santé du Québec said 82 per cent of "
     "members voted no.", "82 per cent", "Fédération interprofessionnelle de la santé du Québec",
     "organisation"),
    # 8. "their union" opening a story is the union that speaks next
    ("named later", "Nurses have rejected the offer, their union said Friday. The Ontario "
     "Nurses’ Association said 82 per cent voted no.", "rejected the offer",
     "Ontario Nurses’ Association", "organisation"),
    # 8. "the health authority" is the body speaking next that has a word of it in its name
    ("named later", "Two emergency rooms will close overnight, the health authority said "
     "Thursday. Nova Scotia Health said the closures were a last resort.",
     "close overnight", "Nova Scotia Health", "organisation"),
    # (guard: not a body whose name shares nothing with the description)
    ("named later", "Two emergency rooms will close overnight, the health authority said "
     "Thursday. Acme Corp. said the closures were a last resort.", "close overnight",
     "health authority", "description"),
    # (guard: the company speaking next is the other side, no union)
    ("named later", "Workers have walked off the job, the union said. Acme Parcel Inc. said "
     "it was disappointed.", "walked off the job", "union", "description"),
    # 8. a lower-case body is described, no name ("teachers' unions say")
    ("description", "Ontario will cap classes, but teachers' unions say the plan falls short.",
     "falls short", "teachers' unions", "description"),
    # 7. a clause the parser left a bare noun after an opening phrase is still what was said
    ("missed quotes", "Under the plan, cities that agree to allow more density near transit "
     "will get money for roads, water and sewer lines, Fraser said.", "sewer lines", "Fraser",
     "person"),
    # 2. a first name written as two initials is part of the name
    ("full names", "RJ Barrett led the team with 25 points. “They beat us in the paint,” "
     "Barrett said.", "in the paint", "RJ Barrett", "person"),
    # 1. a title or a player's position before the name is no part of it
    ("full names", "PM Carney said the talks went well.", "talks went well", "Carney",
     "person"),
    ("full names", "Forward TJ Oshie said the team had to be tougher.", "tougher",
     "TJ Oshie", "person"),
    # 2. a family name that is a common noun ("Judge", "King") is still the person's
    ("full names", "The fight started after Yankees slugger Aaron Judge was hit by a pitch. "
     "Judge said he didn't think it was intentional. Yankees manager Aaron Boone disagreed.",
     "intentional", "Aaron Judge", "person"),
    ("full names", "Aaron Judge was hit by a pitch. “It is baseball,” Judge said.",
     "It is baseball", "Aaron Judge", "person"),
    # (guard: a role that names no one's family stays a description)
    ("description", "Ann Lee was sentenced on Monday. “The law is clear,” Judge Tom Hart said. "
     "“It must be applied,” the Judge said.", "must be applied", "Tom Hart", "person"),
    # 1. a role and the name set off after the closing mark speak, though the parser hung
    # them inside the quotation
    ("missed speaker", "“Our crews are working around the clock,” the company’s vice-president "
     "of operations, Gary Hudson, told a news conference.", "around the clock", "Gary Hudson",
     "person"),
    # (guard: words after the closing mark that name no one stay in what was said)
    ("spans", "“We're extremely happy” about the decision, Ann DeMoro said.",
     "about the decision", "Ann DeMoro", "person"),
    # 5. "she says" goes on with the described speaker before her ("Barrett's wife")
    ("pronouns", "Ryan Barrett grows potatoes. His neighbours think he is crazy.\n\nBarrett's "
     "wife, Tanya, handles the books. She says the family is only risking a small piece of "
     "land.\n\n“We're not betting the farm,” she says with a laugh.", "betting the farm",
     "Barrett's wife", "description"),
    # 1. a first name that is a nationality's word is still a first name before a family name
    ("full names", "“Mexicans laugh at our tragedies,” said German Ortega, one of the stars of "
     "the play.", "laugh at our tragedies", "German Ortega", "person"),
    # 8. "the mayor's office" is the office of the mayor the story named
    ("bodies", "Premier Doug Ford and Mayor Olivia Chow traded shots on Friday.\n\nThe mayor's "
     "office said it had received the letter.", "received the letter", "Olivia Chow's office",
     "organisation"),
    # 7. "… that A and that B": both clauses are what was said
    ("spans", "Ford told reporters at an event in Vaughan that the city was “dragging its feet” "
     "and that the province was ready to take over the work.", "take over the work", "Ford",
     "person"),
    ("spans", "Ford told reporters at an event in Vaughan that the city was “dragging its feet” "
     "but that the province was ready to help.", "ready to help", "Ford", "person"),
    # 8. some of a party's members are described, no party body
    ("description", "Many Republicans said the plan would fail.", "plan would fail",
     "Many Republicans", "description"),
    ("description", "Senior Democrats say the bill is dead.", "bill is dead", "Senior Democrats",
     "description"),
    # (guard: a party's caucus keeps its name)
    ("bodies", "Senate Democrats say the bill is dead.", "bill is dead", "Senate Democrats",
     "organisation"),
    # 7. a clause opened by "after", with a report of its own, is still part of what was said
    ("spans", "Officers were called to the house on Saturday after a neighbour reported hearing "
     "gunshots, police spokesperson Ryan Gagnon said.", "hearing gunshots", "Ryan Gagnon",
     "person"),
    # 8. a team's plural name is a body's, not a person's
    ("bodies", "The Toronto Raptors said Tuesday that guard Ann Lee would miss two weeks.",
     "miss two weeks", "Toronto Raptors", "organisation"),
    # a campaign named for one candidate is not the campaign of another named before
    ("description", "Premier Dana Voss toured the plant on Monday. The Voss campaign said "
     "the visit was planned weeks ago. The Ortiz campaign accused her aides of \"staging\" "
     "the crowd.", "staging", "Ortiz campaign", "description"),
    ("description", "Premier Dana Voss toured the plant on Monday. The Voss campaign said "
     "the visit was planned weeks ago.", "planned weeks ago", "Dana Voss's campaign",
     "organisation"),
    ("description", "Premier Dana Voss lost the riding narrowly. The Voss campaign said it "
     "would ask for a recount. The campaign said it may drop the request.", "may drop",
     "Dana Voss's campaign", "organisation"),
    # a first name is never looked for across a paragraph break ("Plan B.¶Voss")
    ("surname", "Premier Dana Voss must hold a vote. It is time for Plan B.\n\nVoss' team "
     "said the vote would come in May.", "vote would come", "Dana Voss's team",
     "organisation"),
    # a participle before its noun that the parser read as a verb is no cue
    ("named", "Premier Dana Voss will fight on. Ian Roy, an adviser to Voss, said Monday that "
     "the premier will arrive at the convention with enough pledged delegates to file formal "
     "objections.", "formal objections", "Ian Roy", "person"),
    # a cue closing the sentence after a comma reports the whole clause before it, whatever
    # verb opens that clause
    ("named", "Mayor Ann Holt thinks the province requires too many permits for small "
     "builders, former premier Ed Holt said this week at an event in Regina.",
     "too many permits", "Ed Holt", "person"),
    ("surname", "Premier Dana Voss toured Regina. Team Voss booked a hall for the night. "
     "The Voss campaign said the hall was full.", "hall was full", "Dana Voss's campaign",
     "organisation"),
    # markup left in a scraped story names no speaker
    ("named", 'Mayor Ann Holt spoke.\n\n<post id="7" author="@bo" datetime="2016-06-29">Holt, '
     'who has accused Coun. Bo Li of lying, may quit.</post>', "of lying", "Ann Holt",
     "person"),
    # one person with two roles joined by "and" is the name after them
    ("named", "Tory leadership contender and former surgeon Ann Holt said on Sunday the story "
     "was false.", "story was false", "Ann Holt", "person"),
    # "According to X:" opening a quotation is no speaker label: X is the source
    ("named", "Premier Dana Voss spoke on Monday.\n\nAccording to Voss: “The bridge will "
     "open in May.”", "bridge will open", "Dana Voss", "person"),
    # a sentence that is only "Adding," before its quotation goes on with the speaker
    ("continuation", "Coun. Bo Li said the audit “was not good.” Adding, “Now it is up to the "
     "mayor to fix it.”", "up to the mayor", "Bo Li", "person"),
    # (guard: a place renames no one)
    ("description", "A resident of Surrey, British Columbia, said the water was brown.",
     "water was brown", "A resident of Surrey, British Columbia", "description"),
]


@pytest.mark.parametrize("problem, text, needle, speaker, kind", CASES,
                         ids=[f"{c[0]}-{c[2][:16]}" for c in CASES])
def test_speakers_on_news_style_text(problem: str, text: str, needle: str,
                                     speaker: str | None, kind: str | None) -> None:
    art, quotes = quotes_of(text)
    found = [q for q in quotes if needle in art.text[q.start:q.end]]
    texts = [art.text[q.start:q.end] for q in quotes]
    if speaker is None:  # nobody named: reported speech without a source is dropped
        assert all(q.speaker is None for q in found), f"{problem}: {found} names someone"
        return
    assert found, f"{problem}: no quote holds {needle!r}: {texts}"
    assert (found[0].speaker, found[0].speaker_kind) == (speaker, kind), problem


# 4. page furniture is never a speaker; a real transcript still has its turns
FURNITURE = ("Storm knocks out power across the region.\n\nREAD MORE: Ten storms that "
             "changed the coast\n\nWATCH BELOW: Crews restore the lines\n\nKeeping Score: "
             "the league table after week six.\n\nAnalyst's Take: The defence held up.\n\n"
             "WATCH | Officials say the grid is too old:\n\n"
             "Crews worked through the night, the utility said.\n\n"
             "With files from The Canadian Press")


def test_a_question_put_to_the_speaker_is_not_their_words() -> None:
    """ "Asked what went wrong, coach Ray Dunn said …": someone unnamed asked; what follows
    "asked" is not Dunn's, what follows "said" is (and "Asked by reporters whether …" names
    the asker)."""
    art, quotes = quotes_of("Asked what went wrong, coach Ray Dunn said the team stopped "
                            "skating.\n\nWhen asked about the merger, Lise Roy said she was "
                            "not worried.")
    said = {art.text[q.start:q.end]: q.speaker for q in quotes}
    assert said == {"the team stopped skating": "Ray Dunn", "she was not worried": "Lise Roy"}
    art, quotes = quotes_of("Asked by reporters whether he would resign, Mayor Ray Dunn "
                            "said no.")
    assert [(art.text[q.start:q.end], q.speaker) for q in quotes] == [
        ("he would resign", "reporters")]


def test_a_request_not_to_be_named_is_not_news() -> None:
    """ "who asked that her workplace not be named": what a source asks of the reporter is
    not what she says about the story (but "asked that residents not use water" is)."""
    art, quotes = quotes_of("A nurse, who asked that her workplace not be named, said shifts "
                            "were short.\n\nShe asked that her name not be used.\n\nMayor "
                            "Ann Lee asked that residents not use water.")
    assert [art.text[q.start:q.end] for q in quotes] == [
        "shifts were short", "residents not use water"]


# Two brothers; the tagger knows neither first name ("Kulwant" it reads as an adjective)
BROTHERS = ("When the water drained from the Sumas Prairie, Harjit Sandhu walked into his barn "
            "and counted the dead.\n\n“Two hundred and forty cows,” he says.\n\nSandhu, 52, "
            "and his brother Kulwant run the dairy their father started.\n\nKulwant Sandhu says "
            "the insurer has paid less than a third of the claim.\n\nThe line still stings, "
            "Harjit says.")
COUSINS = ("When the river drained from the valley, Amrit Dhillon walked into his barn and "
           "counted the dead.\n\n“It was gone in one night,” he says.\n\nDhillon, 52, and his "
           "cousin Jaswant run the dairy.\n\nJaswant Dhillon says the insurer has paid less "
           "than a third of the claim.")


@pytest.mark.parametrize("text", [BROTHERS, COUSINS], ids=["brothers", "cousins"])
def test_two_of_one_family_stay_two_people(text: str) -> None:
    """A first name the tagger does not know stays part of the name, a name it left
    untagged is still someone "he" can be, and a first name alone is the one person it
    opens: the first speaker, then the second, then the first."""
    art, quotes = quotes_of(text)
    first, second = [n for n in ("Harjit Sandhu", "Kulwant Sandhu", "Amrit Dhillon",
                                 "Jaswant Dhillon") if n in art.text]
    said = [(q.speaker, q.speaker_kind) for q in quotes]
    assert said[:2] == [(first, "person"), (second, "person")]
    assert all(s == (first, "person") for s in said[2:])


@pytest.mark.parametrize("text, said", [
    ("Mayor Ann Lee said she would not cut the police budget — a promise critics called "
     "reckless.", "she would not cut the police budget"),
    ("Mayor Ann Lee said taxes would rise, part of a plan critics call reckless.",
     "taxes would rise"),
    # (guard: "part of" inside what was said stays)
    ("Mayor Ann Lee said the tax is part of a plan to cut costs.",
     "the tax is part of a plan to cut costs"),
    # the writer's "even though" after a dash sets the facts against what was said
    ("Mayor Ann Lee said taxes would fall – even though she signed the budget that raised "
     "them.", "taxes would fall"),
    # (guard: "although" after a comma may be the speaker's own hedge)
    ("Mayor Ann Lee said taxes would rise, although not by much.",
     "taxes would rise, although not by much"),
])
def test_the_writers_summing_up_after_a_dash_is_not_said(text: str, said: str) -> None:
    """ "— a promise critics called reckless", ", part of a plan …": the writer sums up what
    was said; it ends before."""
    art, quotes = quotes_of(text)
    assert [(art.text[q.start:q.end], q.speaker) for q in quotes] == [(said, "Ann Lee")]


def test_what_was_said_ends_before_but_and_keeps_neither() -> None:
    """ "said she had met with them twice but said neither … nor … had asked": the first
    ends before "but", the second keeps its "neither"."""
    art, quotes = quotes_of("Ann Lee met the team.\n\nShe said she had met with the donors "
                            "twice but said neither Tom Cole nor Ray Diaz had asked for "
                            "anything.")
    assert [(art.text[q.start:q.end], q.speaker) for q in quotes] == [
        ("she had met with the donors twice", "Ann Lee"),
        ("neither Tom Cole nor Ray Diaz had asked for anything", "Ann Lee")]


def test_calling_for_a_while_calls_for_nothing() -> None:
    """ "calling for months about needles" is how long they called, not what for; "a day
    of action" is still what was called for."""
    art, quotes = quotes_of("Coun. Ann Hammond said residents near the park had been calling "
                            "for months about needles and fires. Unions called for a day of "
                            "action.")
    said = {art.text[q.start:q.end]: q.speaker for q in quotes}
    assert not any(t.startswith("months") for t in said), said
    assert said.get("a day of action") == "Unions", said


def test_a_contrast_with_another_speaker_is_not_what_was_said() -> None:
    """ "…, while Cruz said …" sets another speaker's words beside these; "because" and
    "after" clauses go on with what was said."""
    art, quotes = quotes_of("Sen. Marco Rubio said someone who doesn't answer questions can't "
                            "be president, while Sen. Ted Cruz said the stakes were high.")
    rubio = [art.text[q.start:q.end] for q in quotes if q.speaker == "Marco Rubio"]
    assert rubio and not any("Cruz" in t for t in rubio), rubio


def test_a_clause_opened_by_after_is_neither_the_speaker_nor_what_was_said() -> None:
    # "“…,” Reyes said, after Park said …": a clause the parser made the sentence's root
    # takes no quotation before its mark, and is not what Reyes said
    art, quotes = quotes_of("Mayor Tom Reyes and the host sparred on Monday.\n\n\"I did not "
                            "say it. I did not say it,\" Reyes said, after CBC's Lina Park "
                            "said the candidate had mockingly called Coun. Bo Li a clown.")
    said = [(art.text[q.start:q.end], q.speaker) for q in quotes]
    assert said == [("I did not say it. I did not say it,", "Tom Reyes"),
                    ("the candidate had mockingly called Coun. Bo Li a clown", "Lina Park")]


def test_it_after_a_thing_names_no_one() -> None:
    """ "The report … It said": a report is not a speaker, and no organisation from
    further back stands in for it."""
    art, quotes = quotes_of("Acme Mining opened an inquiry in May. The report was published "
                            "on Tuesday. It said 300 homes were damaged.")
    assert not [q for q in quotes if "300 homes" in art.text[q.start:q.end] and q.speaker]


def test_they_skips_what_was_talked_about() -> None:
    """In "Farm leaders say importers are …" the pronoun to come continues the farm
    leaders, not the subject of what they said."""
    art, quotes = quotes_of("Farm leaders say importers are cutting prices. They say the "
                            "cuts will ruin small farms.")
    found = [q for q in quotes if "ruin small farms" in art.text[q.start:q.end]]
    assert found and found[0].speaker == "Farm leaders"


def test_page_furniture_is_never_a_speaker() -> None:
    art, quotes = quotes_of(FURNITURE)
    assert not [q for q in quotes if "too old" in art.text[q.start:q.end]]  # a video caption
    speakers = {q.speaker for q in quotes}
    assert not speakers & {"READ MORE", "Read More", "WATCH BELOW", "Watch Below",
                           "Keeping Score", "Analyst's Take"}, speakers
    assert all(q.kind != "transcript" for q in quotes)


def _turns(art: Article, quotes: list[Quote]) -> list[tuple[str, str | None]]:
    """(words, speaker) of each transcript turn."""
    return [(art.text[q.start:q.end], q.speaker) for q in quotes if q.kind == "transcript"]


def test_a_real_transcript_keeps_its_turns() -> None:
    text = ("MS. LENA ORTIZ: Thank you all for coming.\n\nMR. KARL WEISS: Thank you. We "
            "agreed on the plan.\n\nMS. LENA ORTIZ: And we will meet again in May.\n\n"
            "MR. KARL WEISS: In Vienna, yes.")
    art, quotes = quotes_of(text, title="Transcript of the press conference")
    turns = _turns(art, quotes)
    assert ("And we will meet again in May.", "Lena Ortiz") in turns
    assert ("In Vienna, yes.", "Karl Weiss") in turns


def test_an_interview_with_unlabelled_questions_has_turns() -> None:
    """A Q&A printing its questions bare and each answer after the guest's surname: the
    questions are the interviewer's turns, so no answer runs on into the next question."""
    text = ("Q&A: Why rents keep rising\n\nWe asked Mira Dubois, a housing economist at "
            "Laval University, what is going on.\n\nWhy are rents still rising?\n\n"
            "Dubois: Vacancy is near zero. Nobody moves, so nothing opens up.\n\n"
            "Will new towers help?\n\nDubois: In five years, yes. Not this year.")
    art, quotes = quotes_of(text, title="Q&A: Why rents keep rising")
    turns = _turns(art, quotes)
    assert ("Vacancy is near zero. Nobody moves, so nothing opens up.", "Mira Dubois") in turns
    assert ("In five years, yes. Not this year.", "Mira Dubois") in turns
    assert not [q for q in quotes if "towers" in art.text[q.start:q.end] and q.speaker]


def test_an_interview_printed_turn_by_turn_on_single_lines_has_turns() -> None:
    """ "Q: …" and "Dubois: …" on consecutive lines of one paragraph: each line is a turn."""
    text = ("Q&A: Why rents keep rising\n\nWe asked Mira Dubois, a housing economist at "
            "Laval University, what is going on.\n\nQ: Why are rents still rising?\n"
            "Dubois: Vacancy is near zero. Nobody moves.\n\nQ: Will new towers help?\n"
            "Dubois: In five years, yes. Not this year.")
    art, quotes = quotes_of(text, title="Q&A: Why rents keep rising")
    turns = _turns(art, quotes)
    assert ("Vacancy is near zero. Nobody moves.", "Mira Dubois") in turns
    assert ("In five years, yes. Not this year.", "Mira Dubois") in turns


def test_an_interview_that_lost_its_q_labels_still_has_turns() -> None:
    """ "A:" answers after questions the page printed without their "Q:" (one of them no
    question at all): the paragraph before each answer is the interviewer's."""
    text = ("Hydrologist Omar Reyes talks about the Great Lakes\n\nOmar Reyes has studied "
            "the lakes for 30 years.\n\nYou have written three books on water. Why a "
            "fourth?\n\nA: Because the lakes changed faster than I thought they could.\n\n"
            "Last year you said the lakes were fine. You have changed your mind.\n\n"
            "A: I did. The data changed.")
    art, quotes = quotes_of(text, title="Hydrologist Omar Reyes talks about the Great Lakes")
    turns = _turns(art, quotes)
    assert ("I did. The data changed.", "Omar Reyes") in turns
    assert not [q for q in quotes if "changed your mind" in art.text[q.start:q.end]
                and q.speaker]


def test_question_subheads_make_no_transcript() -> None:
    """(guard) A story whose subheads are questions, one of them before a "Wine:" line."""
    text = ("Holiday hosting on a budget\n\nWhat should you serve?\n\nWine: pick a "
            "cheap red.\n\nWhat about dessert?\n\nCake: bake it the day before.\n\n"
            "Guests rarely notice the price, caterer Ann Holt said.")
    _, quotes = quotes_of(text)
    assert all(q.kind != "transcript" for q in quotes)
    assert {q.speaker for q in quotes} == {"Ann Holt"}


def test_an_exchange_inside_a_story_ends_with_its_last_turn() -> None:
    text = ("The mayor went on the radio on Monday, where the host pressed him on taxes.\n\n"
            "HOLT: How will you pay for the arena?\n\nDUVAL: With a levy on hotel rooms.\n\n"
            "HOLT: Is that enough?\n\nDUVAL: It covers most of it.\n\n"
            "The exchange drew criticism from both sides of council.")
    art, quotes = quotes_of(text)
    turns = [(art.text[q.start:q.end], q.speaker) for q in quotes]
    assert ("It covers most of it.", "Duval") in turns
    assert not [t for t, _ in turns if "criticism" in t], turns


# 9. a partial quote inside reported speech of the same speaker is reported once
def test_nested_partial_quote_is_reported_once() -> None:
    art, quotes = quotes_of("Spokeswoman Rita Moss said it was “too early to tell” whether "
                            "the plan would work.")
    holding = [q for q in quotes if "too early" in art.text[q.start:q.end]]
    assert len(holding) == 1 and holding[0].speaker == "Rita Moss"
    assert "whether the plan would work" in art.text[holding[0].start:holding[0].end]


# an inverted speaker's own phrase is never what they said
def test_the_name_after_the_cue_is_no_quote() -> None:
    art, quotes = quotes_of("The party was in disarray.\n\n''I cannot and will not support "
                            "my party's nominee,'' said Senator Dana Whitmore, Republican of "
                            "Ohio, becoming the first senator to break with the nominee.")
    texts = [art.text[q.start:q.end] for q in quotes]
    assert not [t for t in texts if "Dana Whitmore" in t], texts
    assert [q.speaker for q in quotes if "support" in art.text[q.start:q.end]] == \
        ["Dana Whitmore"]


# 5. speech reported inside someone else's does not take over "he"
def test_speech_inside_speech_keeps_the_outer_speaker() -> None:
    art, quotes = quotes_of("Omar Haddad turned on the paper, pointing out that its critic "
                            "Leo Brandt had reported in May that the campaign was failing. He "
                            "said the paper should apologise.")
    q = next(q for q in quotes if "should apologise" in art.text[q.start:q.end])
    assert q.speaker == "Omar Haddad"


# 6. a paragraph in which someone else spoke is not the previous speaker's continuation
def test_another_speaker_between_breaks_the_continuation() -> None:
    art, quotes = quotes_of("“The vote is on Friday,” Dana Whitfield said.\n\nOpposition "
                            "leader Omar Haddad called the timing cynical and said the "
                            "public deserved more.\n\n“We will be ready for it.”")
    q = next(q for q in quotes if "ready for it" in art.text[q.start:q.end])
    assert q.speaker != "Dana Whitfield"


def test_a_short_noun_phrase_is_a_topic_not_speech() -> None:
    """ "criticized the plan" reports no speech; "welcomed … for first-time buyers" does."""
    art, quotes = quotes_of("Ms. Okafor criticized the plan on Monday. Officials welcomed "
                            "the new tax credit for first-time buyers.")
    texts = [art.text[q.start:q.end] for q in quotes]
    assert "the plan" not in texts
    assert any("tax credit for first-time buyers" in t for t in texts), texts


def test_what_was_urged_runs_on_to_the_verb() -> None:
    art, quotes = quotes_of("Mayor Lena Voss has urged the council to vote before the end "
                            "of the month.")
    texts = {art.text[q.start:q.end]: q.speaker for q in quotes}
    assert texts.get("the council to vote before the end of the month") == "Lena Voss", texts


def test_the_phrase_that_sums_up_what_was_said_is_not_said() -> None:
    art, quotes = quotes_of("Nurse Ada Kim says a plan to close the ward is being rushed, a "
                            "claim the hospital's chief rejects.")
    texts = {art.text[q.start:q.end]: q.speaker for q in quotes}
    assert texts.get("a plan to close the ward is being rushed") == "Ada Kim", texts
    # (guard: an apposition inside what was said is said)
    art, quotes = quotes_of("Ann Lee said the plan, a compromise reached in May, would pass.")
    texts = {art.text[q.start:q.end]: q.speaker for q in quotes}
    assert texts.get("the plan, a compromise reached in May, would pass") == "Ann Lee", texts


def test_a_province_after_a_town_the_tagger_missed_names_no_one() -> None:
    _, quotes = quotes_of("Magna International, of Aurora, Ont., said profits fell.")
    assert [q.speaker for q in quotes] == ["Magna International"], quotes


def test_how_they_did_it_is_part_of_what_was_said() -> None:
    art, quotes = quotes_of("Sen. Ann Ray said Republicans were holding the budget hostage by "
                            "insisting on tax cuts.")
    texts = {art.text[q.start:q.end]: q.speaker for q in quotes}
    assert texts.get("Republicans were holding the budget hostage by insisting on tax "
                     "cuts") == "Ann Ray", texts


def test_a_hyphened_verb_is_one_word() -> None:
    # "who co-wrote the bill" is no clause of "said"; "re-open" does not end the clause
    art, quotes = quotes_of("“We need this,” said Sen. Ann Ray, D-Ohio, who co-wrote the "
                            "bill.\n\nTom Hale said the plan would re-open the mill.")
    texts = {art.text[q.start:q.end]: q.speaker for q in quotes}
    assert texts == {"We need this,": "Ann Ray",
                     "the plan would re-open the mill": "Tom Hale"}, texts


def test_an_interview_in_questions_and_answers_is_the_interviewee_speaking() -> None:
    art, quotes = quotes_of("Author Lena Marsh spoke to us about her new novel.\n\nQ: Why "
                            "set it by the sea?\n\nA: Because I know it best. I grew up "
                            "there.\n\nQ: What comes next?\n\nA: A long nap, then another "
                            "book.")
    answers = [q for q in quotes if "I know it best" in art.text[q.start:q.end]
               or "A long nap" in art.text[q.start:q.end]]
    assert len(answers) == 2 and all(q.speaker == "Lena Marsh" for q in answers), answers
    assert not [q for q in quotes if "What comes next" in art.text[q.start:q.end] and q.speaker]


def test_an_interview_with_the_guest_named_in_the_labels() -> None:
    """ "Q: …" then "Marsh: …": a one-word name is a turn's label where it alternates with
    questions; the subhead "Wine:" of a story (no questions) is not."""
    art, quotes = quotes_of("Author Lena Marsh spoke to us about her new novel.\n\nQ: Why "
                            "set it by the sea?\n\nMarsh: Because I know it best. I grew up "
                            "there.\n\nQ: What comes next?\n\nMarsh: A long nap, then "
                            "another book.")
    answers = [q for q in quotes if "I know it best" in art.text[q.start:q.end]
               or "A long nap" in art.text[q.start:q.end]]
    assert len(answers) == 2 and all(q.speaker == "Lena Marsh" for q in answers), answers
    art, quotes = quotes_of("The fair opened on Friday.\n\nWine: twelve local wineries "
                            "pour.\n\nFood: Wine: pairings at noon.\n\nMusic: bands play "
                            "until late, the organisers said.")
    assert not [q for q in quotes if q.kind == "transcript"], quotes


def test_a_name_inside_what_he_or_she_said_is_not_who_he_or_she_is() -> None:
    """ "Moore, she said, had promised …": "she" reports what Moore did; she is the one
    the story was about before."""
    art, quotes = quotes_of("Board chair Sherri Vance defended the vote. Parent Jessica "
                            "Tran was in tears afterwards. Vance, she said, had promised "
                            "parents in June that no decision would be made before a study.")
    q = next(q for q in quotes if "had promised" in art.text[q.start:q.end])
    assert q.speaker == "Jessica Tran"


def test_she_after_someone_described_is_that_someone() -> None:
    """ "Another family member … said …. She asked that her name not be used. “…,” she
    said": the one described, never the man named two sentences earlier."""
    art, quotes = quotes_of("Opposition Leader Wab Kinew said that was not good enough.\n\n"
                            "Another family member said staff were doing their best. She "
                            "asked that her name not be used.\n\n“The aides are crying in "
                            "the hallways,” she said.")
    q = next(q for q in quotes if "crying" in art.text[q.start:q.end])
    assert (q.speaker, q.speaker_kind) == ("Another family member", "description")


def test_he_after_what_was_reported_goes_on_with_who_just_spoke() -> None:
    """ "Hunter said …. Also, Trump isn't a conservative, he said": the name opening what
    is reported is what Hunter speaks of; a story's first "X was …, he said" is X's."""
    art, quotes = quotes_of("Joseph Hunter, a blogger in Chicago, said he will not vote for "
                            "Trump. Also, Trump isn't a conservative, he said.\n\nFormer Rep. "
                            "Chris Shays was pro John Kasich while the governor was running, he "
                            "said on Wednesday.")
    said = {art.text[q.start:q.end][:14]: q.speaker for q in quotes}
    assert said.get("Also, Trump is") == "Joseph Hunter", said
    assert said.get("Former Rep. Ch") == "Chris Shays", said  # (guard)


def test_a_lone_verb_after_told_is_no_speech() -> None:
    """ "Liggett, told of the comment, laughed": the parser made "laughed" what was told."""
    art, quotes = quotes_of("Sue Foxton called the offer unfair. Jan Liggett, told of the "
                            "comment, laughed.")
    assert not [q for q in quotes if "laughed" in art.text[q.start:q.end]], quotes


def test_according_to_after_a_quotation_says_where_it_was_reported() -> None:
    # "“…,” the judge said, according to the Post": the Post says nothing of its own
    art, quotes = quotes_of("Judge Ellen Marsh ruled on Tuesday.\n\n“New filings keep "
                            "arriving every single week. Where does it end?,” the judge said, "
                            "according to the Gazette. “This case is about what residents "
                            "may read.”")
    assert quotes and all(q.speaker == "Ellen Marsh" for q in quotes), \
        [(art.text[q.start:q.end], q.speaker) for q in quotes]


def test_a_wire_dateline_is_not_what_was_said() -> None:
    art, quotes = quotes_of("KAMLOOPS, B.C. — A woman was rescued from the river on "
                            "Sunday, RCMP say.")
    q = next(q for q in quotes if q.speaker == "RCMP")
    assert art.text[q.start:q.end].startswith("A woman was rescued"), art.text[q.start:q.end]
    art, quotes = quotes_of("NATO-led patrols will resume next week, officials said.")
    assert [art.text[q.start:q.end] for q in quotes] == ["NATO-led patrols will resume next week"]


def _said(text: str) -> list[tuple[str, str | None]]:
    """(words of each quote, its speaker), in the article's order."""
    art, quotes = quotes_of(text)
    return [(art.text[q.start:q.end], q.speaker) for q in quotes]


def test_a_speech_verb_used_as_an_adjective_is_no_cue() -> None:
    # "life-threatening", "so-called": a participle before its noun reports no speech, and
    # must not cut short what the real cue reports
    assert _said("A cyclist was taken to hospital with life-threatening injuries, Sgt. Noor "
                 "Haddad said.") == [
        ("A cyclist was taken to hospital with life-threatening injuries", "Noor Haddad")]
    art, quotes = quotes_of("Councillor Ivo Brandt said the so-called fairness levy would "
                            "never pass.")
    assert [art.text[q.start:q.end] for q in quotes] == [
        "the so-called fairness levy would never pass"]


def test_an_as_aside_names_the_source_of_its_sentence() -> None:
    assert _said("As economist Lena Marsh noted, the rebate will cost more than it saves.") == [
        ("the rebate will cost more than it saves", "Lena Marsh")]
    _, quotes = quotes_of("The council, as the Gazette's Omar Reyes puts it, has run out of "
                          "excuses.")
    assert [q.speaker for q in quotes] == ["Omar Reyes"], quotes
    # an "as" of time, with the verb's own object, is no source
    for text in ("The vote went ahead, even as residents called for a delay.",
                 "Turnout fell as voters responded to the new rules.",
                 "As the city hints at what its plans might include, Premier Ana Ruiz is "
                 "not having any of it."):
        assert _said(text) == []
    # … but a place is no object of the verb's own
    [(words, speaker)] = _said("Costs must fall, as Mr. Voss suggested at the meeting.")
    assert words.startswith("Costs must fall") and speaker == "Voss"


def test_a_titled_name_buried_in_a_body_s_name_speaks() -> None:
    assert _said("The Alliance for Arctic Shipping Safety Executive Director Ines Kowalski "
                 "says the harvest is late.") == [
        ("the harvest is late", "Ines Kowalski")]
    _, quotes = quotes_of("The Coalition on Rural Health Care Services Managing Director "
                          "Paul Obi says clinics are closing.")
    assert [q.speaker for q in quotes] == ["Paul Obi"]


def test_a_participle_hung_on_a_subordinate_clause_is_the_speakers() -> None:
    # "…, remarking that …" hung by the parser on "won": still Reyes who remarks
    for text in ("“We won tonight,” Omar Reyes said after Tess Abara easily won her seat, "
                 "remarking that the council had paid a price.",
                 "Omar Reyes said he was glad after Tess Abara easily won her seat, "
                 "remarking that the council had paid a price."):
        art, quotes = quotes_of(text)
        q = next(q for q in quotes if art.text[q.start:q.end].startswith("the council"))
        assert q.speaker == "Omar Reyes", text


def test_a_name_the_tagger_read_as_a_common_noun_still_speaks() -> None:
    # sentence-initial "Vennity" tagged as a common noun (and by NER as a name); an
    # abstract noun in the same place stays no one
    _, quotes = quotes_of("Vennity said the vote was rigged.")
    assert [q.speaker for q in quotes] == ["Vennity"]
    _, quotes = quotes_of("Research says sleep matters more than diet.")
    assert [q.speaker for q in quotes if q.speaker] == []


def test_a_participle_after_an_inserted_cue_is_its_speakers() -> None:
    # "…,” Kahn added, saying …": the participle hangs on "added", whose subject adds it,
    # not on the outer "cannot say"
    art, quotes = quotes_of("Olsen cannot say that “from her side,” Kahn added, saying it "
                            "should be “up to the board to decide.”")
    q = next(q for q in quotes if art.text[q.start:q.end].startswith("it should be"))
    assert q.speaker == "Kahn"


def test_a_cue_describing_a_noun_does_not_cut_what_was_said() -> None:
    # "those calling for …" describes who is urged; what Lopes urges runs on past it
    said = _said("“Let her decide,” said Mayor Ana Lopes, urging those calling for the "
                 "chief’s resignation to “give her time.”")
    assert ("those calling for the chief’s resignation to “give her time.”", "Ana Lopes") in said


def test_a_participle_after_the_object_is_the_subjects() -> None:
    # "…, saying …" the parser hung on the object noun: the comma ends the object
    art, quotes = quotes_of("Continuing to explain her view, Okafor rejected the notion that "
                            "the vote should be forgotten, saying that if she “found something "
                            "that was wrong, I would fix it.”")
    assert [q.speaker for q in quotes if "found something" in art.text[q.start:q.end]] == [
        "Okafor"]


def test_a_platform_is_no_person() -> None:
    _, quotes = quotes_of("The mayor made a third attempt to deflect the criticism, writing "
                          "on Twitter that the real issue was the budget.")
    assert quotes and all(q.speaker != "Twitter" for q in quotes), quotes


def test_the_official_takes_up_the_official_just_described() -> None:
    # "the official" is the one "a senior official" introduced, not the last person named
    art, quotes = quotes_of("Representative Ada Schiff, a Democrat, said the announcement was "
                            "“a very positive development.”\n\nA senior administration "
                            "official said on Friday that the White House supported the "
                            "effort. “We will take every action possible,” the official said.")
    q = next(q for q in quotes if art.text[q.start:q.end].startswith("We will take"))
    assert q.speaker == "A senior administration official", q


def test_who_is_urged_never_urges() -> None:
    # a headline verb with no subject: its object is who is urged, not a speaker
    _, quotes = quotes_of("Okafor Weighs In: Urges Ottawa to Reject the Pipeline\n\nThe "
                          "premier spoke on Friday.")
    assert not [q for q in quotes if q.speaker == "Ottawa"], quotes


def test_that_said_is_a_turn_of_phrase() -> None:
    from index.quotes.attribution import attributions

    for text in ("That said, residents say the water is safe.",
                 "Having said that, Mayor Ines Kahn says the budget is balanced."):
        p = _parsed(text)
        assert [p.toks[a.cue_i].text for a in attributions(p, [])] == [
            "say" if "residents" in text else "says"], text


def test_a_belief_inside_reported_speech_is_the_outer_speakers() -> None:
    # one attribution, Sgt. Pruitt's: "investigators" assert nothing the article reports
    assert _said("Sgt. Dana Pruitt said investigators believe ice was a factor.") == [
        ("investigators believe ice was a factor", "Dana Pruitt")]


def test_reported_content_keeps_the_quotation_it_opens_whole() -> None:
    art, quotes = quotes_of("The nurses' union said the hospital was “bargaining in bad "
                            "faith.”")
    (q,) = quotes
    assert art.text[q.start:q.end] == "the hospital was “bargaining in bad faith.”"


def test_an_object_mid_sentence_is_no_inverted_speaker() -> None:
    """ "“…,” said Ann Holt" inverts; "… and accused Obama of …" does not: the object of a
    verb after "and" is who was spoken of."""
    from index.quotes.inverted import inverted

    p = _parsed("Hal Brenner ran on his plan to jolt the economy and accused Obama of bungling "
                "it.")
    cue = next(t for t in p.toks if t.text == "accused")
    assert inverted(p, cue, []) is None
    p = _parsed("“We will win,” said Ann Holt.")
    cue = next(t for t in p.toks if t.text == "said")
    found = inverted(p, cue, [])
    assert found is not None and p.toks[found].text == "Holt"


def test_a_dateline_dash_opens_no_aside() -> None:
    """ "WASHINGTON — Sen. Nora Whitcomb — the Oregon Democrat — said": the dateline's dash
    opens nothing, so the senator, not the apposition after her closing dash, is the
    subject."""
    from index.quotes.cue_subject import subject

    p = _parsed("WASHINGTON — Sen. Nora Whitcomb — the Oregon Democrat — said the port hid its "
                "losses for years.")
    cue = next(t for t in p.toks if t.text == "said")
    found = subject(p, cue.i)
    assert found is not None and p.toks[found].text == "Whitcomb"


def _parsed(text: str):  # type: ignore[no-untyped-def]
    """One sentence parsed with the configured spaCy pipeline."""
    from index.config import load_config
    from index.quotes.nlp import parse

    (p,) = parse(load_config().quotes.spacy_model, text, [(0, len(text))])
    return p


def test_a_colon_opens_what_is_said() -> None:
    # "Olsen defends his record in an ad: “…,” the senator says": the quotation is what
    # the senator says, not the sentence that introduces it
    art, quotes = quotes_of("Senator Ted Olsen of Iowa is rising in the polls.\n\nOlsen "
                            "defends his record in a new ad: “Our borders must be secure,” "
                            "the senator says to the camera.")
    said = [art.text[q.start:q.end] for q in quotes if q.speaker == "Ted Olsen"]
    assert said and all("defends" not in t for t in said), said
    assert any(t.startswith("Our borders") for t in said), said


def _tree(rows: list[tuple[str, str, int, str]]):  # type: ignore[no-untyped-def]
    """A parse as the tagger sometimes gets it wrong: (word, dependency, head, entity)."""
    from index.quotes.nlp import Parsed, Tok

    toks, at = [], 0
    for i, (word, dep, head, ent) in enumerate(rows):
        pos = "PROPN" if word[:1].isupper() else "VERB" if dep == "ROOT" else \
            "SPACE" if word == " " else "PUNCT"
        tag = {"PROPN": "NNP", "VERB": "VBD", "SPACE": "_SP"}.get(pos, "''" if word == '"'
                                                                 else word)
        toks.append(Tok(i, at, at + len(word), word, word.lower(), pos, tag, dep, head, ent,
                        "O"))
        at += len(word) + 1
    return Parsed(0, at, tuple(toks), ())


def test_a_participle_the_parser_hung_on_a_name_is_that_persons() -> None:
    """ "Erin Lee, the activist and lawyer, endorsed …, saying she …" parsed as a sentence
    with no verb, "saying" modifying the name: the named person says it."""
    from dataclasses import replace

    from index.quotes.cue_subject import subject

    p = _tree([("Erin", "compound", 1, "PERSON"), ("Lee", "ROOT", 1, "PERSON"),
               (",", "punct", 1, ""), ("saying", "acl", 1, ""), ("she", "nsubj", 5, ""),
               ("left", "ccomp", 3, "")])
    toks = list(p.toks)
    toks[3] = replace(toks[3], pos="VERB", tag="VBG", lemma="say")
    assert subject(replace(p, toks=tuple(toks)), 3) == 1


def test_a_name_joined_without_and_right_before_the_verb_speaks() -> None:
    """ "… to, now, Cruz, Wilkin said": the parser joined the speaker to the last item of
    what was said as a conjunct with no "and"; with an "and", the first named speaks."""
    from index.quotes.cue_subject import subject

    p = _tree([("Cruz", "nsubj", 3, "PERSON"), (",", "punct", 0, ""),
               ("Wilkes", "conj", 0, "PERSON"), ("said", "ROOT", 3, "")])
    assert p.toks[subject(p, 3) or 0].text == "Wilkes"
    p = _tree([("Toretti", "nsubj", 5, "PERSON"), (",", "punct", 0, ""),
               ("Rao", "conj", 0, "PERSON"), ("and", "cc", 2, ""),
               ("Lee", "conj", 2, "PERSON"), ("said", "ROOT", 5, "")])
    assert p.toks[subject(p, 5) or 0].text == "Toretti"


def test_a_name_right_before_a_cue_with_no_subject_speaks() -> None:
    """ "“…,” critic Ana Ruiz wrote": the parser read "critic" as a verb and the name as
    its object, which left "wrote" with no subject; the name before it writes."""
    from dataclasses import replace

    from index.quotes.attribution import attributions

    p = _tree([('"', "punct", 7, ""), ("Read", "ccomp", 7, ""), ("it", "dobj", 1, ""),
               ('"', "punct", 7, ""), ("critic", "parataxis", 7, ""),
               ("Ana", "compound", 6, "PERSON"), ("Ruiz", "dobj", 4, "PERSON"),
               ("wrote", "ROOT", 7, "")])
    toks = list(p.toks)
    toks[1] = replace(toks[1], pos="VERB", tag="VB")
    toks[4] = replace(toks[4], pos="VERB", tag="VB")
    toks[7] = replace(toks[7], lemma="write")
    p = replace(p, toks=tuple(toks))
    found = [a for a in attributions(p, [(p.toks[1].start, p.toks[2].end)])
             if a.cue_i == 7]
    assert found and found[0].speaker_i == 6


def test_a_name_after_the_closing_mark_speaks_whatever_it_hangs_on() -> None:
    """ "…: Michigan, Ohio,'' Mr. Trump said": the parser made the name an apposition of
    the list inside the quotation (and the second apostrophe a space); it says it."""
    from index.quotes.cue_subject import subject

    p = _tree([("Utah", "nsubj", 6, "GPE"), (",", "punct", 0, ""), ('"', "punct", 0, ""),
               (" ", "dep", 2, ""), ("Mr.", "compound", 5, ""), ("Dunn", "appos", 0, "PERSON"),
               ("said", "ROOT", 6, "")])
    quoted = [(0, p.toks[1].end)]
    assert p.toks[subject(p, 6, quoted) or 0].text == "Dunn"


def test_a_name_before_its_role_speaks_when_the_parser_made_the_role_the_subject() -> None:
    """ "“…,” Harriet Okafor, the chairwoman of …, recalled" parsed with the name hung on the
    verb as a modifier and the role as the subject: the named person speaks."""
    from index.quotes.cue_subject import subject

    p = _tree([('"', "punct", 7, ""), ("Harriet", "compound", 2, "PERSON"),
               ("Okafor", "npadvmod", 7, "PERSON"), (",", "punct", 7, ""),
               ("the", "det", 5, ""), ("chairwoman", "nsubj", 7, ""), (",", "punct", 5, ""),
               ("recalled", "ROOT", 7, "")])
    assert p.toks[subject(p, 7) or 0].text == "Okafor"
    # a name that is the subject itself, and its apposition, stay as the parser read them
    p = _tree([("Harriet", "compound", 1, "PERSON"), ("Okafor", "nsubj", 6, "PERSON"),
               (",", "punct", 1, ""), ("the", "det", 4, ""), ("chairwoman", "appos", 1, ""),
               (",", "punct", 1, ""), ("recalled", "ROOT", 6, "")])
    assert p.toks[subject(p, 6) or 0].text == "Okafor"


def test_after_a_comma_and_the_new_clause_has_the_subject() -> None:
    """ "The crowd cheers, and then Brunwald continues:" with "cheers" read as a noun and
    made a second subject of "continues": the subject after ", and" is the verb's."""
    from dataclasses import replace

    from index.quotes.cue_subject import subject

    p = _tree([("crowd", "compound", 1, ""), ("cheers", "nsubj", 5, ""),
               (",", "punct", 1, ""), ("and", "cc", 1, ""), ("Brunwald", "nsubj", 5, ""),
               ("continues", "ROOT", 5, "")])
    toks = list(p.toks)
    toks[3] = replace(toks[3], pos="CCONJ")
    assert p.toks[subject(replace(p, toks=tuple(toks)), 5) or 0].text == "Brunwald"
    # with no ", and" between them, the first subject stays
    toks[2] = replace(toks[2], text="x", tag="x")
    assert p.toks[subject(replace(p, toks=tuple(toks)), 5) or 0].text == "cheers"


def test_who_the_source_is_is_not_what_it_says() -> None:
    said = _said("According to Omar Haddad, writing for the Sentinel, the levy will double "
                 "next year.\n\nAccording to Lise Perrin, writing in the Gazette:")
    assert said == [("the levy will double next year", "Omar Haddad")]


def test_a_speech_verb_completing_another_does_not_cut_what_was_said() -> None:
    said = _said("Residents said they heard yelling outside the arena after the game.")
    assert said == [("they heard yelling outside the arena after the game", "Residents")]


def test_they_inside_what_a_group_reports_is_that_group() -> None:
    said = _said("Albertans were the most worried group in the survey.\n\nAbout half of "
                 "renters said they think the market will cool.")
    assert all(speaker != "Albertans" for _, speaker in said)


def test_a_clause_of_someone_else_s_claim_is_not_what_the_asker_said() -> None:
    said = _said("Harris, asked about Kim’s claim that the levy would double, said the "
                 "numbers were wrong.\n\nOkafor responded to reports that the mill would "
                 "close.")
    assert ("the levy would double", "Harris") not in said
    assert ("the mill would close", "Okafor") not in said
    assert ("the numbers were wrong", "Harris") in said


def test_according_to_in_parentheses_vouches_for_the_parenthesis_only() -> None:
    # the rest of the sentence is the writer's, not the fact-checker's
    assert _said("The mayor keeps repeating his claim that crime rose 40 percent (the real "
                 "rise was closer to 4 percent, according to Statistics Canada). He spoke on "
                 "Monday.") == [("the real rise was closer to 4 percent", "Statistics Canada")]


def test_a_shot_is_no_retort() -> None:
    assert _said("Police shot back at the gunman, Sgt. Maya Ortiz said.") == [
        ("Police shot back at the gunman", "Maya Ortiz")]


def test_a_headline_read_as_one_name_is_no_speaker() -> None:
    # every word capitalised, the tagger took the whole line, verb and all, for a name
    title = "Harbour Flood Survivors Explain Why Mayor Offers Needed Change"
    art, quotes = quotes_of(f"{title}\n\nHALIFAX - Two residents who lost their homes in the "
                            "flood spoke at the rally on Wednesday.\n\n“We lost everything,” "
                            "said resident Mia Tran.", title)
    for q in quotes:
        assert q.speaker is None or art.text[q.start:q.end] not in q.speaker, q
    assert [q.speaker for q in quotes if q.speaker] == ["Mia Tran"]


def test_a_spaced_dash_ends_the_name_of_a_body_it_follows() -> None:
    # the tagger ran the organisation on over the dash into the writer's own words
    [(_, speaker)] = _said("The levy would raise only $1.1 billion over a decade, according to "
                           "the Tax Policy Center - half a percentage point of the province's "
                           "output.")
    assert speaker == "Tax Policy Center"


def test_the_person_praised_or_blamed_is_not_what_was_said() -> None:
    # the object of "praised", "criticized", "welcomed" is whom, unless what follows it
    # says what they were urged to do
    for text in ("The union leader praised Labour Minister Dana Whitfield at the convention.",
                 "The NDP leader criticized Prime Minister Owen Hale for breaking his promise "
                 "on dental care."):
        assert _said(text) == [], text
    [(words, _)] = _said("Mayor Rita Okafor urged Premier Owen Hale to fund the new transit "
                         "line.")
    assert "to fund the new transit line" in words


def test_a_lead_description_that_names_someone_is_not_the_next_persons() -> None:
    """ "Loblaw president Per Bank told analysts …" holds a name the tagger missed; the
    person the next sentence introduces ("Emily Bird, who organised the boycott") is
    someone else, however the description opens its sentence."""
    art, quotes = quotes_of(
        "Loblaw president Per Bank told analysts on a call Wednesday that the company had "
        "“heard customers loud and clear.”\n\nEmily Bird, who helped organize the boycott, "
        "said she was not impressed.\n\n“It's a drop in the bucket,” Bird said.")
    said = by_text(art, quotes, "the company had")
    assert said.speaker and "Bird" not in said.speaker, said
    assert by_text(art, quotes, "drop in the bucket").speaker == "Emily Bird"


def test_they_after_what_they_said_is_not_its_subject() -> None:
    # (guard) the body heading a trailing attribution's report is there for "the club", not
    # "they": noted among the subjects "they" looks at, it took this quote on PolNeAR
    art, quotes = quotes_of("Okafor and Mendes, a Halifax Liberal, argued that the agency is "
                            "not needed to run schools. Local councils can do that, they said.")
    speaker = by_text(art, quotes, "Local councils").speaker
    assert speaker and speaker.startswith("Okafor and Mendes"), speaker


def test_a_subject_joined_to_what_it_says_is_not_said() -> None:
    art, quotes = quotes_of("The storm knocked out power to 3,000 homes, firefighters and "
                            "utility crews said.")
    said = by_text(art, quotes, "knocked out power")
    assert art.text[said.start:said.end] == "The storm knocked out power to 3,000 homes"


def test_a_question_before_the_cue_is_not_what_was_said() -> None:
    # "Asked about X, Y said, “…”": the parser hangs "said" on the quotation, which hangs
    # on "Asked"; the quotation alone is what Y said
    art, quotes = quotes_of('Asked whether he would invoke the clause, Ford said, "Everything '
                            'is on the table."')
    assert [(art.text[q.start:q.end], q.kind.value, q.speaker) for q in quotes] == [
        ("Everything is on the table.", "direct", "Ford")]
