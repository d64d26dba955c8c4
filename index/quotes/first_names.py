"""First names with a usual gender (from index.quotes.gender's point of view: evidence for
"he" or "she", never proof). Pure data."""

# Only to keep "she said" from landing on a man named in the sentence before (and "he" on a
# woman); a name not listed, or used by both, says nothing. Common English-language names.
FEMALE_NAMES = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn
janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly
isabella theresa diana natalie brittany charlotte marie kayla alexis lori jill valerie
caroline susanne monica wendy tina tracy erin claire kate liz sue jane
""".split())
MALE_NAMES = frozenset("""
james robert john michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter
christian keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan
jesse bryan billy bruce gabriel joe logan albert willie alan eugene russell vincent ralph
roy bobby philip louis mike bill bob jim tom dan ted jeb marco chris rand ben bernie barack
vladimir dmitry sergei volodymyr emmanuel olaf boris justin stephen jens antony jake
lloyd rahm mitt mitch newt rudy rick reince steve corey kevin lindsey chuck harry hugh
trevor tad ed marty hank mitchell geoff guy tom jon xavier brad matt dmitri craig markus
james roman edgar nachman aris raphael pete hunter beto cory tim jared eric
""".split())
