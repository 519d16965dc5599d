<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../../ui/registration/action_bar.py" line="+124"/>
        <source>Opslaan  (Ctrl+Enter)</source>
        <translation>Save  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog een vraag</source>
        <translation>Another question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog een vraag in dit bezoek (Ctrl+N)</source>
        <translation>Another question in this visit (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Herhaal vorige</source>
        <translation>Repeat previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vul het vorige bezoek opnieuw in (Ctrl+R)</source>
        <translation>Fill in the previous visit again (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leegmaken</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maak het formulier leeg (Ctrl+L)</source>
        <translation>Clear the form (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correctie annuleren</source>
        <translation>Cancel correction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eerdere bezoeken …</source>
        <translation>Earlier visits …</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Klaar voor een nieuwe bezoeker.</source>
        <extracomment>The dynamic property that gives a label the accessible role &quot;status&quot; (a live region).</extracomment>
        <translation>Ready for a new visitor.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Zoek een eerder bezoek om het te corrigeren of niet mee te tellen (Ctrl+H)</source>
        <translation>Find an earlier visit to correct it or stop counting it (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maak het laatst opgeslagen bezoek ongedaan (Ctrl+Z)</source>
        <translation>Undo the visit saved last (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>U corrigeert het bezoek van {when}. Opslaan vervangt het; het origineel blijft bewaard.</source>
        <translation>You are correcting the visit of {when}. Saving replaces it; the original is kept.</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../ui/planning/side_lists.py" line="+98"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>BookingEditor</name>
    <message>
        <location filename="../../ui/planning/booking_editor.py" line="+85"/>
        <source>Nieuwe afspraak</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afspraak</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op de wachtlijst zetten</source>
        <translation>Put on the waiting list</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>bijv. 06 12345678</source>
        <translation>e.g. 06 12345678</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>E-mail (mag leeg)</source>
        <translation>Email (may be empty)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opmerking</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geen BSN, geen machtigingscode, geen bankgegevens</source>
        <translation>No BSN, no authorisation code, no bank details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reden om extra in te plannen</source>
        <translation>Reason to book an extra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doel van het bezoek</source>
        <translation>Purpose of the visit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat meenemen</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Inloop</source>
        <translation>&amp;Walk-in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>zonder afspraak: alleen de naam is nodig</source>
        <translation>no appointment: only the name is needed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Doel</source>
        <translation>P&amp;urpose</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Meenemen</source>
        <translation>&amp;Bring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opmerking</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reden extra</source>
        <translation>&amp;Reason for extra</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Opslaan  (Enter)</source>
        <translation>Save  (Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sluiten (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ &amp;Verschenen</source>
        <translation>✓ A&amp;ttended</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ Niet versc&amp;henen</source>
        <translation>✗ No-s&amp;how</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⊘ Afspraak &amp;annuleren</source>
        <translation>⊘ Cancel &amp;appointment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afspraak&amp;briefje …</source>
        <translation>Appointment &amp;slip …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afspraakbriefje voor de burger afdrukken (Ctrl+P)</source>
        <translation>Print the appointment slip for the visitor (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Status: {state}</source>
        <translation>Status: {state}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mag leeg bij inloop</source>
        <translation>may be empty for a walk-in</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bezig met opslaan …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✖ Niet opgeslagen: verbeter wat hierboven staat.</source>
        <translation>✖ Not saved: correct what is shown above.</translation>
    </message>
</context>
<context>
    <name>ChoiceGroup</name>
    <message>
        <location filename="../../ui/choices.py" line="+141"/>
        <source>Meerdere antwoorden mogelijk. Pijltjes: naar een ander antwoord. </source>
        <translation>More than one answer possible. Arrow keys: to another answer. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spatie: aan of uit.</source>
        <translation>Space: on or off.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eén antwoord. Pijltjes: naar een ander antwoord. Spatie: kiezen.</source>
        <translation>One answer. Arrow keys: to another answer. Space: choose.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../ui/cli.py" line="+74"/>
        <source>in de sleutelbos van het besturingssysteem</source>
        <translation>in the operating system&apos;s keyring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in een bestand dat alleen deze gebruiker kan lezen</source>
        <translation>in a file only this user can read</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>IDO Kiosk: synchroniseren met de centrale server.</source>
        <translation>IDO Kiosk: Sync with the central server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>koppel deze balie met een koppelcode</source>
        <translation>connect this desk with a connection code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>adres, bv. https://sync.example.org</source>
        <translation>address, e.g. https://sync.example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>de eenmalige koppelcode</source>
        <translation>the one-time connection code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>naam van deze balie (standaard: de ingestelde balie)</source>
        <translation>name of this desk (default: the desk set up)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>balie of lopend IDO</source>
        <translation>desk or walking IDO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verstuur en haal op</source>
        <translation>send and fetch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>één keer, dan stoppen</source>
        <translation>once, then stop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>toon de stand van de synchronisatie</source>
        <translation>show the state of the sync</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>als JSON (voor scripts)</source>
        <translation>as JSON (for scripts)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exporteer de wijzigingen die de server niet aannam, voor de ondersteuning</source>
        <translation>export the changes the server did not accept, for support</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>het JSON-bestand</source>
        <translation>the JSON file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>alle wijzigingen, ook de verzonden</source>
        <translation>all changes, the sent ones too</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bied tegengehouden wijzigingen opnieuw aan</source>
        <translation>send held-back changes again</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>alleen deze volgnummers (uit de export)</source>
        <translation>only these sequence numbers (from the export)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vernieuw nu de sleutel van deze balie</source>
        <translation>renew this desk&apos;s key now</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Gekoppeld als {name}: vestiging {branch} ({branch_id}), apparaat {device}. De sleutel staat {where}.</source>
        <translation>Connected as {name}: branch {branch} ({branch_id}), device {device}. The key is stored {where}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_status.py" line="+20"/>
        <source>nog nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gekoppeld aan: {branch} ({branch_id}), apparaat {device}, server {server}</source>
        <translation>Connected to: {branch} ({branch_id}), device {device}, server {server}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Niet gekoppeld aan een centrale server.</source>
        <translation>Not connected to a central server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog te versturen: {waiting}; bevestigd: {acked}; geweigerd: {rejected}; conflict: {conflicted}; tegengehouden: {quarantined}</source>
        <translation>Still to send: {waiting}; confirmed: {acked}; refused: {rejected}; conflict: {conflicted}; held back: {quarantined}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Laatst gelukt: {time}</source>
        <translation>Last success: {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (klok wijkt te veel af: waarschuw de ICT-afdeling)</source>
        <translation> (the clock is too far off: tell the IT department)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Klokverschil met de server: {seconds} s</source>
        <translation>Clock difference with the server: {seconds} s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ontvangen maar niet verwerkt: {n}</source>
        <translation>Received but not processed: {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gepauzeerd: {reason}</source>
        <translation>Paused: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Volgende poging: {time}</source>
        <translation>Next try: {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Laatste melding: {text}</source>
        <translation>Last message: {text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nieuwe versie beschikbaar: {advice}</source>
        <translation>New version available: {advice}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Downloaden: {url}</source>
        <translation>Download: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/cli_report.py" line="+40"/>
        <source>exporteer de vragen van een periode naar Excel (.xlsx) of CSV</source>
        <translation>export a period&apos;s questions to Excel (.xlsx) or CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>eerste dag, 2026-01-01</source>
        <translation>first day, 2026-01-01</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>laatste dag, 2026-03-31</source>
        <translation>last day, 2026-03-31</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deze dag, week, maand, kwartaal of dit jaar</source>
        <translation>this day, week, month, quarter or year</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>de vorige periode (met --period)</source>
        <translation>the previous period (with --period)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>een .xlsx- of .csv-bestand</source>
        <translation>an .xlsx or .csv file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>taal van het bestand (standaard nl)</source>
        <translation>language of the file (default nl)</translation>
    </message>
    <message>
        <location filename="../../ui/cli_diagnostics.py" line="+31"/>
        <source>maak een zip-bestand voor de helpdesk (zonder persoonsgegevens)</source>
        <translation>make a zip file for the helpdesk (without personal data)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>een .zip-bestand</source>
        <translation>a .zip file</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kies een bestand dat eindigt op .zip.</source>
        <translation>Choose a file name that ends in .zip.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_backup.py" line="+32"/>
        <source>maak nu een reservekopie van de gegevens (de nieuwste worden bewaard)</source>
        <translation>make a backup of the data now (the newest ones are kept)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Er ging iets mis. Details staan in {path}.</source>
        <translation>Something went wrong. Details are in {path}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Er zijn nog geen gegevens op deze pc: er is geen reservekopie gemaakt.</source>
        <translation>There is no data on this PC yet: no backup was made.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>De schijf is vol: er is geen reservekopie gemaakt. Eerdere reservekopieën zijn bewaard.</source>
        <translation>The disk is full: no backup was made. Earlier backups have been kept.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De reservekopie kon niet worden geschreven in {folder}. Eerdere reservekopieën zijn bewaard.</source>
        <translation>The backup could not be written to {folder}. Earlier backups have been kept.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reservekopie gemaakt: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De gegevens op deze pc zijn beschadigd: er is geen reservekopie gemaakt. Start IDO Kiosk: de app zet dan de laatste goede reservekopie terug.</source>
        <translation>The data on this PC is damaged: no backup was made. Start IDO Kiosk: the app then puts back the last good backup.</translation>
    </message>
</context>
<context>
    <name>CliPlurals</name>
    <message numerus="yes">
        <location filename="../../ui/cli.py" line="-160"/>
        <source>%n wijzigingen worden opnieuw aangeboden.</source>
        <translation>
            <numerusform>%n change will be sent again.</numerusform>
            <numerusform>%n changes will be sent again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n wijzigingen opgeslagen in {path}</source>
        <translation>
            <numerusform>%n change saved in {path}</numerusform>
            <numerusform>%n changes saved in {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosureModel</name>
    <message>
        <location filename="../../ui/planning/closures_tab.py" line="+31"/>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ClosuresTab</name>
    <message>
        <location line="+20"/>
        <source>Sluitingsdagen</source>
        <translation>Closing days</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bijv. Verbouwing</source>
        <translation>e.g. Renovation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sluitingsdag toevoegen</source>
        <translation>Add closing day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feestdagen (Pasen, Koningsdag, Hemelvaart, Pinksteren …) gaan vanzelf.</source>
        <translation>Public holidays (Easter, King&apos;s Day, Ascension Day, Whitsun …) are added automatically.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;ag</source>
        <translation>D&amp;ay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>✔ Gesloten op {day}.</source>
        <translation>✔ Closed on {day}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✔ Sluitingsdag verwijderd.</source>
        <translation>✔ Closing day removed.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="+21"/>
        <source>Er ging iets onverwachts mis. Uw opgeslagen registraties zijn veilig.

De fout is vastgelegd voor de ICT-afdeling (crash.log). Probeer het opnieuw; blijft het misgaan, start IDO Kiosk dan opnieuw.</source>
        <extracomment>The Dutch source; :func:`message` gives it in the chosen language.</extracomment>
        <translation>Something unexpected went wrong. Your saved registrations are safe.

The error has been recorded for the IT department (crash.log). Try again; if it keeps going wrong, restart IDO Kiosk.</translation>
    </message>
</context>
<context>
    <name>DayModel</name>
    <message>
        <location filename="../../ui/day_list.py" line="+29"/>
        <source>Telt niet mee</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gecorrigeerd</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>telling</source>
        <translation>tally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correctie</source>
        <translation>correction</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>verzonden</source>
        <translation>sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nog niet verzonden</source>
        <translation>not sent yet</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location line="+120"/>
        <source>Vandaag: nog geen bezoeken</source>
        <translation>Today: no visits yet</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Aantal vandaag</source>
        <translation>Number today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bezoeken van vandaag</source>
        <translation>Today&apos;s visits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Corrigeren</source>
        <translation>&amp;Correct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet &amp;meetellen …</source>
        <translation>Do&amp;n&apos;t count …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het gekozen bezoek telt dan niet meer mee; het blijft wel in de lijst.</source>
        <translation>The chosen visit then no longer counts; it stays in the list.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n bezoeken</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n vragen</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Vandaag aan deze balie</source>
        <translation>Today at this desk</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Vandaag: {visits}, {questions}</source>
        <translation>Today: {visits}, {questions}</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../ui/window_desk.py" line="+251"/>
        <source>Registratie</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp</source>
        <translation>Tax help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>IDO Kiosk afsluiten?</source>
        <translation>Close IDO Kiosk?</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../../ui/diagnostics_export.py" line="+66"/>
        <source>Diagnose voor de helpdesk opslaan</source>
        <translation>Save diagnostics for the helpdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip-bestanden (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Diagnose opgeslagen in {path}. Notities en gegevens van bezoekers staan er niet in. Stuur dit bestand naar de helpdesk.</source>
        <translation>Diagnostics saved in {path}. Notes and visitors&apos; details are not in it. Send this file to the helpdesk.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n stukjes tekst leken op persoonsgegevens en zijn onleesbaar gemaakt.</source>
        <translation>
            <numerusform>%n piece of text looked like personal data and was made unreadable.</numerusform>
            <numerusform>%n pieces of text looked like personal data and were made unreadable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiskNotice</name>
    <message>
        <location filename="../../ui/disk_notice.py" line="+33"/>
        <source>⚠ De schijf is vol: wat u nu opslaat, wordt niet bewaard. Maak ruimte vrij of waarschuw de ICT-afdeling. Wat al was opgeslagen, is veilig.</source>
        <translation>⚠ The disk is full: what you save now is not kept. Free up space or tell the IT department. What was saved before is safe.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="+45"/>
        <source>Vul het adres van de centrale server in.</source>
        <translation>Enter the address of the central server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het adres mag geen spaties bevatten.</source>
        <translation>The address may not contain spaces.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voorbeeld: https://sync.voorbeeld.nl</source>
        <translation>Example: https://sync.voorbeeld.nl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dit is geen geldig adres.</source>
        <translation>This is not a valid address.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het adres moet beginnen met https://</source>
        <translation>The address must start with https://</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het adres mist de naam van de server.</source>
        <translation>The address is missing the name of the server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gebruik een beveiligd adres: het moet beginnen met https://</source>
        <translation>Use a secure address: it must start with https://</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vul alleen het adres van de server in, zonder ?, # of een gebruikersnaam.</source>
        <translation>Enter only the address of the server, without ?, # or a user name.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+2"/>
        <source>Koppelen aan de centrale server</source>
        <translation>Connect to the central server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Koppel deze balie eenmalig aan de centrale server. De ICT-afdeling geeft u het adres en een koppelcode (die is 15 minuten geldig en werkt één keer). Registraties die al op deze computer staan, worden daarna verstuurd.</source>
        <translation>Connect this desk to the central server once. The IT department gives you the address and a connection code (valid for 15 minutes, and it works once). Registrations already on this computer are sent afterwards.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>https://sync.voorbeeld.nl</source>
        <translation>https://sync.voorbeeld.nl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bijv. K7QX-42MB</source>
        <translation>e.g. K7QX-42MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bijv. Balie 1</source>
        <translation>e.g. Desk 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vaste balie</source>
        <translation>Fixed desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop, lopend IDO</source>
        <translation>Laptop, mobile IDO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Adres van de server</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koppel&amp;code</source>
        <translation>Connection &amp;code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Naam van deze balie</source>
        <translation>&amp;Name of this desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Soort</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Koppelen</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Vul de koppelcode in.</source>
        <translation>Enter the connection code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vul de naam van deze balie in.</source>
        <translation>Enter the name of this desk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bezig met koppelen …</source>
        <translation>Connecting …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✔ Gekoppeld aan vestiging {branch}. De registraties worden nu verstuurd.</source>
        <translation>✔ Connected to branch {branch}. The registrations are being sent now.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help_dialog.py" line="+33"/>
        <source>Naar Registratie</source>
        <translation>To Registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naar Belastinghulp</source>
        <translation>To Tax help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naar Overzicht: de cijfers van deze balie</source>
        <translation>To Overview: this desk&apos;s figures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naar het volgende / vorige veld of knop</source>
        <translation>To the next / previous field or button</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze hulp</source>
        <translation>This help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nu synchroniseren</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synchronisatie: wat is verstuurd en wat aandacht nodig heeft</source>
        <translation>Synchronisation: what was sent and what needs attention</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scherm nu vergrendelen (als u de balie verlaat)</source>
        <translation>Lock the screen now (when you leave the desk)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vragenlijst voor bezoekers (stoppen: Ctrl+Alt+Q en de pincode)</source>
        <translation>Visitor survey (to stop: Ctrl+Alt+Q and the PIN)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koppelen met de server (ICT)</source>
        <translation>Link to the server (IT)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verlaat u de balie? Druk op Ctrl+Shift+L: namen en bezoeken gaan van het scherm. Na een tijd zonder toetsaanslag gebeurt dat vanzelf (Instellingen).</source>
        <translation>Leaving the desk? Press Ctrl+Shift+L: names and visits leave the screen. After a while without a key press this happens by itself (Settings).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Typ nooit namen, BSN of telefoonnummers in een notitie: het programma weigert die.</source>
        <translation>Never type names, citizen service numbers or phone numbers in a note: the program refuses them.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alles wordt eerst op deze computer bewaard en later verstuurd. Zonder internet werkt u gewoon door.</source>
        <translation>Everything is kept on this computer first and sent later. Without internet you simply carry on.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hulp en sneltoetsen</source>
        <translation>Help and shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typ een toets of een woord</source>
        <translation>Type a key or a word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoeken in de sneltoetsen</source>
        <translation>Search the shortcuts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sneltoetsen</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toets</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wat het doet</source>
        <translation>What it does</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dit scherm: {name}</source>
        <translation>This screen: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit scherm heeft geen eigen sneltoetsen.</source>
        <translation>This screen has no shortcuts of its own.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overal</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HelperModel</name>
    <message>
        <location filename="../../ui/planning/helpers_tab.py" line="+33"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>HelpersTab</name>
    <message>
        <location line="+25"/>
        <source>Helpers</source>
        <translation>Helpers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kies een organisatie of typ een nieuwe naam</source>
        <translation>Choose an organisation or type a new name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nieuwe helper</source>
        <translation>New helper</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helper opslaan</source>
        <translation>Save helper</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naa&amp;m</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Onder&amp;werpen</source>
        <translation>&amp;Topics</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>✔ Helper {name} opgeslagen.</source>
        <translation>✔ Helper {name} saved.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="+93"/>
        <location line="+142"/>
        <location line="+18"/>
        <source>Eerdere bezoeken</source>
        <extracomment>Milliseconds of quiet after typing before the search runs.</extracomment>
        <translation>Earlier visits</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Onderwerp, hulp, notitie</source>
        <translation>Topic, help, note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoek op onderwerp, organisatie, geboden hulp of de tekst van een notitie.</source>
        <translation>Search by topic, organisation, help given or the text of a note.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gevonden</source>
        <translation>Found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter: corrigeren</source>
        <translation>Enter: correct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waarom niet</source>
        <translation>Why not</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Meer tonen</source>
        <translation>Show &amp;more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Corrigeren</source>
        <translation>&amp;Correct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Niet meetellen …</source>
        <translation>Do&amp;n&apos;t count …</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>De nieuwste %n bezoeken. Er zijn er meer.</source>
        <translation>
            <numerusform>The newest %n visit. There are more.</numerusform>
            <numerusform>The newest %n visits. There are more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bezoeken gevonden.</source>
        <translation>
            <numerusform>%n visit found.</numerusform>
            <numerusform>%n visits found.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Het bezoek van {visit} telt niet meer mee.</source>
        <translation>The visit of {visit} no longer counts.</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Het gekozen bezoek telt dan niet meer mee; het blijft wel in de lijst.</source>
        <translation>The chosen visit then no longer counts; it stays in the list.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Geen bezoeken gevonden in deze periode.</source>
        <translation>No visits found in this period.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Ouder dan {days} dagen: vraag de teamleider.</source>
        <translation>Older than {days} days: ask the team leader.</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="+19"/>
        <source>Deze week</source>
        <extracomment>The periods to choose from, in the order shown: (key, Dutch words).</extracomment>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze maand</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorige maand</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eigen periode</source>
        <translation>Own period</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location line="+5"/>
        <source>Gewoon</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gecorrigeerd</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vervangen</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telt niet mee</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>nog niet verzonden</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>verzonden</source>
        <translation>sent</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/lock_screen.py" line="+269"/>
        <source>Het scherm is vergrendeld</source>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Te vaak een verkeerde pincode. Wacht even en probeer het opnieuw.</source>
        <translation>Wrong PIN too often. Wait a moment and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze pincode klopt niet. Probeer het opnieuw.</source>
        <translation>This PIN is not right. Try again.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location line="-253"/>
        <source>Het scherm is vergrendeld</source>
        <extracomment>Whether the Windows session can be locked instead of showing the app&apos;s own lock page. Wrong PINs in a row before the field waits a while. How long the field waits after too many wrong PINs. Input that counts as someone at the desk. Asks whether a PIN is right, off the GUI thread; calls back with the answer.</extracomment>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pincode</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorgaan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet afsluiten</source>
        <translation>Do not close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Typ de pincode van de medewerkers om verder te werken.</source>
        <translation>Type the staff PIN to continue working.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Druk op Doorgaan om verder te werken.</source>
        <translation>Press Continue to carry on working.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+107"/>
        <location line="+269"/>
        <source>IDO Kiosk – registratie Informatiepunt Digitale Overheid</source>
        <translation>IDO Kiosk – registration for the Digital Government Information Point</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+250"/>
        <source>IDO Kiosk wordt geopend …</source>
        <translation>IDO Kiosk is opening …</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>De gegevens konden niet worden geopend. Waarschuw de ICT-afdeling; details staan in het logbestand.</source>
        <translation>The data could not be opened. Tell the IT department; the details are in the log file.</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+145"/>
        <source>Nog niet ingesteld</source>
        <translation>Not set up yet</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../ui/overview/charts.py" line="+82"/>
        <source>{first} en {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{title}: het meest {top}.</source>
        <translation>{title}: most often {top}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+78"/>
        <source>{title}: niets in deze periode.</source>
        <translation>{title}: nothing in this period.</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+43"/>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+142"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+28"/>
        <location line="+39"/>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+67"/>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+144"/>
        <location line="+9"/>
        <source>Aantal</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Bezoeken en vragen per {bucket}</source>
        <translation>Visits and questions per {bucket}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Het drukst: {bucket} ({visits}).</source>
        <translation>Busiest: {bucket} ({visits}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drukte per dag en uur</source>
        <translation>Busy times by day and hour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uur</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Uur (begin van het bezoek)</source>
        <translation>Hour (start of the visit)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title}: het drukst op {day} om {hour} ({visits}).</source>
        <translation>{title}: busiest on {day} at {hour} ({visits}).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Afspraken</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title}: nog geen afspraken.</source>
        <translation>{title}: no appointments yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{title}: {total} afspraken ({parts}).</source>
        <translation>{title}: {total} appointments ({parts}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Belastinghulp per week</source>
        <translation>Tax help per week</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Belastinghulp per helper</source>
        <translation>Tax help per helper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helper</source>
        <translation>Helper</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Belastinghulp per organisatie</source>
        <translation>Tax help per organisation</translation>
    </message>
    <message>
        <location line="-231"/>
        <location line="+232"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Onderwerpen</source>
        <extracomment>A catalogue label in the current language: ``label(list_name, code)``. The charts of the code lists: (figures field, catalogue list, title, category, per visit).</extracomment>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soort vraag</source>
        <translation>Kind of question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geboden hulp</source>
        <translation>Help given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Doorverwezen naar</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe ingevoerd</source>
        <translation>How entered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoer</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>Wachtlijst Belastinghulp</source>
        <translation>Tax help waiting list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Op de wachtlijst</source>
        <translation>On the waiting list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daarvan een afspraak gekregen</source>
        <translation>Of whom got an appointment</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Wachtlijst</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{title}: {served} van de {total} geholpen.</source>
        <translation>{title}: {served} of {total} helped.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/texts.py" line="+26"/>
        <source>Vandaag</source>
        <extracomment>Qt&apos;s translation, by the name ``lupdate`` knows: ``translate(&quot;Overview&quot;, &quot;Dag&quot;)``.</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gisteren</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorige week</source>
        <translation>Last week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze maand</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorige maand</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit kwartaal</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorig kwartaal</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorig jaar</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zelf kiezen …</source>
        <translation>Choose dates …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deze balie is niet gekoppeld aan de server. U ziet de cijfers van deze balie.</source>
        <extracomment>Why the branch&apos;s figures are not shown, per :class:`sync.branch_figures` code.</extracomment>
        <translation>This desk is not linked to the server. You see this desk&apos;s figures.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Geen verbinding met de server. U ziet de cijfers van deze balie.</source>
        <translation>No connection to the server. You see this desk&apos;s figures.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De vestiging telt per hele maand. Kies een maand, kwartaal of jaar; u ziet nu de cijfers van deze balie.</source>
        <translation>The branch counts per whole month. Choose a month, quarter or year; you now see this desk&apos;s figures.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De server laat deze balie niet meer toe. Waarschuw de ICT-afdeling; u ziet de cijfers van deze balie.</source>
        <translation>The server no longer lets this desk in. Tell the IT department; you see this desk&apos;s figures.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De server gaf geen bruikbaar antwoord. Probeer het later opnieuw; u ziet de cijfers van deze balie.</source>
        <translation>The server gave no usable answer. Try again later; you see this desk&apos;s figures.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Direct ingevoerd</source>
        <extracomment>How a visit was entered (:data:`kiosk.overview.figures.ENTRIES`).</extracomment>
        <translation>Entered at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turflijst</source>
        <translation>Tally sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later ingevoerd</source>
        <translation>Entered later</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n bezoeken</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n vragen</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>week %1</source>
        <translation>week %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cijfers tot {moment}</source>
        <translation>figures up to {moment}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/print.py" line="+92"/>
        <location line="+23"/>
        <source>Overzicht</source>
        <extracomment>The drawings&apos; width on paper, in layout pixels (A4 less the margins, at 96 dpi).</extracomment>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afgedrukt {moment}</source>
        <translation>Printed {moment}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overzicht afdrukken</source>
        <translation>Print the overview</translation>
    </message>
    <message>
        <location filename="../../ui/overview/survey_charts.py" line="+25"/>
        <source>Niet beantwoord</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bezoekers</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{title} Niet beantwoord: {skipped}.</source>
        <translation>{title} Not answered: {skipped}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} Het meest: {top}. Niet beantwoord: {skipped}.</source>
        <translation>{title} Most often: {top}. Not answered: {skipped}.</translation>
    </message>
</context>
<context>
    <name>OverviewExport</name>
    <message>
        <location filename="../../ui/overview/export.py" line="+42"/>
        <source>Overzicht exporteren</source>
        <translation>Export overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ido-overzicht</source>
        <translation>ido-overview</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview/page.py" line="+186"/>
        <source>&amp;Afdrukken …</source>
        <translation>P&amp;rint …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afdrukken of als pdf bewaren (Ctrl+P)</source>
        <translation>Print or save as PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xporteren …</source>
        <translation>E&amp;xport …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De vragen van deze periode als Excel- of CSV-bestand (Ctrl+E)</source>
        <translation>This period&apos;s questions as an Excel or CSV file (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Grafieken</source>
        <translation>&amp;Charts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grafieken</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tabel</source>
        <translation>Ta&amp;ble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De cijfers als tabel, of weer de grafiek (Ctrl+T)</source>
        <translation>The figures as a table, or the chart again (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kopiëren</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De tabel kopiëren, om in een rekenblad te plakken (Ctrl+C)</source>
        <translation>Copy the table, to paste into a spreadsheet (Ctrl+C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cijfers van de grafiek</source>
        <translation>The chart&apos;s figures</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Periode kiezen</source>
        <translation>Choose the period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze balie of de hele vestiging</source>
        <translation>This desk or the whole branch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naar de lijst met grafieken (pijltjes: een andere grafiek)</source>
        <translation>To the list of charts (arrow keys: another chart)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tabel of grafiek</source>
        <translation>Table or chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De tabel kopiëren (plakken in een rekenblad)</source>
        <translation>Copy the table (paste into a spreadsheet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afdrukken of als pdf bewaren</source>
        <translation>Print or save as PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporteren naar Excel of CSV</source>
        <translation>Export to Excel or CSV</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>De cijfers worden geteld. De eerste keer kan dit even duren …</source>
        <translation>Counting the figures. The first time this can take a while …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De cijfers worden geteld …</source>
        <translation>Counting the figures …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hele vestiging</source>
        <translation>Whole branch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deze balie</source>
        <translation>This desk</translation>
    </message>
    <message>
        <location filename="../../ui/overview/drawing.py" line="+115"/>
        <source>Niets te tellen in deze periode.</source>
        <extracomment>A drawing&apos;s key: the chart&apos;s key, a digest of its specification, its size and language. How many drawings are kept (some 20 KB each): the charts of a dozen periods.</extracomment>
        <translation>Nothing to count in this period.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>De grafiek wordt getekend …</source>
        <translation>Drawing the chart …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deze grafiek kon niet worden getekend; de tabel heeft de cijfers.</source>
        <translation>This chart could not be drawn; the table has the figures.</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../ui/overview/controls.py" line="+79"/>
        <source>&amp;Periode</source>
        <extracomment>How long the dates of a range of one&apos;s own stay still before the figures are read again.</extracomment>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Van</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t/&amp;m</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eerste dag</source>
        <translation>First day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatste dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cijfers van</source>
        <translation>Figures &amp;of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze balie</source>
        <translation>This desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hele vestiging</source>
        <translation>Whole branch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De hele vestiging: alle balies samen, van de server (alleen met verbinding).</source>
        <translation>The whole branch: all desks together, from the server (only when connected).</translation>
    </message>
</context>
<context>
    <name>PlanningGridView</name>
    <message>
        <location filename="../../ui/planning/grid_view.py" line="+119"/>
        <source>Planning Belastinghulp</source>
        <extracomment>Keys that only move the cursor when pressed alone: straight to QTableView, no checks.</extracomment>
        <translation>Tax help planning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rijen zijn dag en tijd, kolommen zijn de helpers. Enter of een letter typen op een vrije plek boekt; F2 opent; Delete annuleert; Ctrl+X en Ctrl+V verplaatsen; Ctrl+C en Ctrl+V kopiëren. Pijltjes bewegen in het rooster; Tab of Ctrl+Tab gaat naar het volgende onderdeel, Shift+Tab of Ctrl+Shift+Tab naar het vorige.</source>
        <translation>Rows are day and time, columns are the helpers. Enter or typing a letter on a free place books; F2 opens; Delete cancels; Ctrl+X and Ctrl+V move; Ctrl+C and Ctrl+V copy. Arrows move in the schedule; Tab or Ctrl+Tab goes to the next part, Shift+Tab or Ctrl+Shift+Tab to the previous one.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pijltjes: bewegen · Enter: boeken · F2: openen · Ctrl+F: zoeken · Ctrl+Tab / Ctrl+Shift+Tab: het rooster verlaten</source>
        <translation>Arrows: move · Enter: book · F2: open · Ctrl+F: search · Ctrl+Tab / Ctrl+Shift+Tab: leave the schedule</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../ui/planning/page_build.py" line="+64"/>
        <source>Seizoen</source>
        <extracomment>The side column&apos;s width in average characters (at least; the widest button and the tab texts may ask for more). The side column takes at most this part of the page&apos;s width (at 200 % text on a small window its tabs then scroll sideways instead of squeezing the grid away).</extracomment>
        <translation>Season</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter op helper</source>
        <translation>Filter by helper</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter op organisatie</source>
        <translation>Filter by organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seizoen en rooster …</source>
        <translation>Season and schedule …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seizoen, helpers, weekrooster en sluitingsdagen (Ctrl+Shift+T)</source>
        <translation>Season, helpers, weekly schedule and closing days (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daglijst …</source>
        <translation>Day list …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daglijst afdrukken (Ctrl+Shift+P)</source>
        <translation>Print the day list (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uitwisselen …</source>
        <translation>Exchange …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rooster of afspraken importeren en exporteren (Ctrl+E)</source>
        <translation>Import and export the schedule or appointments (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+197"/>
        <location filename="../../ui/planning/planning_page.py" line="+368"/>
        <source>Details verbergen</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Het zijpaneel met details tonen of verbergen (Ctrl+D)</source>
        <translation>Show or hide the side panel with details (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+167"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Alleen één helper of één organisatie tonen (Alt+H, Alt+O)</source>
        <translation>Show only one helper or one organisation (Alt+H, Alt+O)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Seizoen</source>
        <translation>&amp;Season</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>◷ voorlopig  ✓ verschenen  ✗ niet verschenen  ⚠ conflict  ⊘ gesloten</source>
        <translation>◷ provisional  ✓ attended  ✗ no-show  ⚠ conflict  ⊘ closed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>◷ voorlopig: de afspraak is nog niet bevestigd</source>
        <translation>◷ provisional: the appointment has not been confirmed yet</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+113"/>
        <source>&amp;Aandacht</source>
        <translation>&amp;Attention</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Het tijdstip onder de cursor en zijn afspraken</source>
        <translation>The time under the cursor and its appointments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afspraken die het centrale rooster niet kon opslaan</source>
        <translation>Appointments the central schedule could not store</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>⚠ &amp;Aandacht (99)</source>
        <translation>⚠ &amp;Attention (99)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>De taal is gewijzigd.</source>
        <translation>The language has been changed.</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>&amp;Helper</source>
        <translation>&amp;Helper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../ui/planning/page_loading.py" line="+107"/>
        <source>De planning wordt geladen …</source>
        <translation>Loading the planning …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dit tijdstip</source>
        <translation>&amp;This time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wachtlijst</source>
        <translation>&amp;Waiting list</translation>
    </message>
    <message>
        <location filename="../../ui/planning/page_loading.py" line="-28"/>
        <source>Alle helpers</source>
        <translation>All helpers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alle organisaties</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../../ui/planning/page_build.py" line="+114"/>
        <source>⚠ &amp;Aandacht ({n})</source>
        <translation>⚠ &amp;Attention ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/planning/page_loading.py" line="+15"/>
        <source>Er is nog geen seizoen. Kies Seizoen en rooster (Ctrl+Shift+T).</source>
        <translation>There is no season yet. Choose Season and schedule (Ctrl+Shift+T).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit seizoen heeft nog geen tijden. Maak een rooster (Ctrl+Shift+T) en genereer.</source>
        <translation>This season has no times yet. Make a schedule (Ctrl+Shift+T) and generate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter of een letter typen op een vrije plek maakt een afspraak.</source>
        <translation>Enter or typing a letter on a free place makes an appointment.</translation>
    </message>
    <message>
        <location filename="../../ui/planning/page_build.py" line="-7"/>
        <source>Filter (aan)</source>
        <translation>Filter (on)</translation>
    </message>
    <message>
        <location filename="../../ui/planning/planning_page.py" line="-109"/>
        <source>✖ {what} lukte niet: {error}</source>
        <translation>✖ {what} did not work: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/planning/page_build.py" line="+21"/>
        <location filename="../../ui/planning/planning_page.py" line="+109"/>
        <source>Details tonen</source>
        <translation>Show details</translation>
    </message>
</context>
<context>
    <name>PluralWords</name>
    <message>
        <location filename="../../ui/sync_status.py" line="+217"/>
        <source>Nog niet verzonden: {what}</source>
        <translation>Not sent yet: {what}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n bezoeken</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n afspraken</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n andere wijzigingen</source>
        <translation>
            <numerusform>%n other change</numerusform>
            <numerusform>%n other changes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>meer dan {n} wijzigingen</source>
        <translation>more than {n} changes</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n wijzigingen opgeslagen in {path}</source>
        <translation>
            <numerusform>%n change saved in {path}</numerusform>
            <numerusform>%n changes saved in {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../ui/sync_problems.py" line="+172"/>
        <source>Vastgelegd</source>
        <extracomment>The tone of each state&apos;s text (:class:`ui.table_model.RowsModel` gives the theme&apos;s colour); the words say it too. Set aside and received keep the ordinary text colour.</extracomment>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wijziging</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../ui/question_editor.py" line="+103"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andere organisatie</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DigiD-vervolg</source>
        <translation>DigiD follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geboden hulp</source>
        <translation>Help given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorverwezen naar</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Korte notitie, zonder namen, BSN, telefoon of adres (mag leeg)</source>
        <translation>Short note, without names, BSN, phone number or address (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zonder namen, BSN, telefoon of adres: de registratie is anoniem.</source>
        <translation>No names, BSN, phone number or address: the registration is anonymous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Onder&amp;werp</source>
        <translation>&amp;Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DigiD-vervol&amp;g</source>
        <translation>DigiD follow-&amp;up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geboden &amp;hulp (meer antwoorden mogelijk)</source>
        <translation>&amp;Help given (more than one answer possible)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorverwezen &amp;naar</source>
        <translation>&amp;Referred to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notit&amp;ie (mag leeg; geen namen, BSN, telefoon of adres)</source>
        <translation>Not&amp;e (optional; no names, BSN, phone number or address)</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+49"/>
        <source>Andere …</source>
        <translation>Other …</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <location filename="../../ui/registration/form.py" line="+39"/>
        <source>Opslaan (ook Ctrl+S)</source>
        <translation>Save (also Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog een vraag in dit bezoek</source>
        <translation>Another question in this visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herhaal het vorige bezoek (daarna Ctrl+Enter)</source>
        <translation>Repeat the previous visit (then Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formulier leegmaken</source>
        <translation>Clear the form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatst opgeslagen bezoek ongedaan maken</source>
        <translation>Undo the visit saved last</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eerdere bezoeken zoeken en corrigeren</source>
        <translation>Find and correct earlier visits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gekozen bezoek van vandaag corrigeren</source>
        <translation>Correct the chosen visit of today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naar het onderdeel met de onderstreepte letter</source>
        <translation>Go to the part with the underlined letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgend / vorig onderdeel</source>
        <translation>Next / previous part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binnen een groep knoppen of in een lijst bewegen</source>
        <translation>Move within a group of buttons or a list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pijltjes</source>
        <translation>Arrow keys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knop kiezen</source>
        <translation>Choose a button</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spatie / Enter</source>
        <translation>Space / Enter</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Er is nog geen vorig bezoek om te herhalen.</source>
        <translation>There is no previous visit to repeat yet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vorig bezoek ingevuld (overgenomen): controleer en sla op met Ctrl+Enter.</source>
        <translation>Previous visit filled in (carried over): check it and save with Ctrl+Enter.</translation>
    </message>
</context>
<context>
    <name>RegistrationFrame</name>
    <message>
        <location filename="../../ui/registration/frame.py" line="+148"/>
        <source>Vragen in dit bezoek</source>
        <extracomment>Below this width (logical pixels) today&apos;s list folds away by itself.</extracomment>
        <translation>Questions in this visit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vraag {n}</source>
        <translation>Question {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vraag {n} sluiten</source>
        <translation>Close question {n}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>◂ Vandaag</source>
        <translation>◂ Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toon de bezoeken van vandaag</source>
        <translation>Show today&apos;s visits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vandaag ▸</source>
        <translation>Today ▸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verberg de bezoeken van vandaag</source>
        <translation>Hide today&apos;s visits</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../../ui/registration_page.py" line="+197"/>
        <source>Correctie van het bezoek opgeslagen ({total}).</source>
        <translation>Correction of the visit saved ({total}).</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>vandaag %n bezoeken</source>
        <extracomment>How long &quot;Ongedaan maken&quot; stays offered after a save (or until the next save).</extracomment>
        <translation>
            <numerusform>today %n visit</numerusform>
            <numerusform>today %n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n bezoeken van {time} opgeslagen ({total}).</source>
        <translation>
            <numerusform>%n visit from {time} saved ({total}).</numerusform>
            <numerusform>%n visits from {time} saved ({total}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bezoek van {time} opgeslagen ({total}).</source>
        <translation>Visit from {time} saved ({total}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wat u hebt ingevuld, blijft staan.</source>
        <translation>What you entered stays in the form.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Er is geen opgeslagen bezoek om ongedaan te maken.</source>
        <translation>There is no saved visit to undo.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bezoek van {time} ongedaan gemaakt: het telt niet meer mee. Wat u nu invult, blijft staan.</source>
        <translation>Visit from {time} undone: it no longer counts. What you are filling in now stays.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bezoek van {time} ongedaan gemaakt: het telt niet meer mee. Pas het aan en sla opnieuw op.</source>
        <translation>Visit from {time} undone: it no longer counts. Change it and save again.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dit bezoek bestaat niet (meer).</source>
        <translation>This visit does not exist (any more).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pas aan wat niet klopte en sla op.</source>
        <translation>Change what was wrong and save.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Eerdere bezoeken zijn hier nog niet te zien.</source>
        <extracomment>The day list&apos;s &quot;Corrigeren&quot; (kept under its old name for callers).</extracomment>
        <translation>Earlier visits cannot be shown here yet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>✔ Bezoek van {d} telt niet meer mee.</source>
        <translation>✔ The visit of {d} no longer counts.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Bezig met opslaan …</source>
        <translation>Saving …</translation>
    </message>
</context>
<context>
    <name>RepairNotice</name>
    <message>
        <location filename="../../ui/self_repair.py" line="+54"/>
        <source>De gegevens op deze pc waren beschadigd. We hebben de reservekopie van {moment} teruggezet.</source>
        <extracomment>The first backup waits until the desk has settled after start (milliseconds). How often the app checks whether a new day&apos;s backup is due (milliseconds).</extracomment>
        <translation>The data on this PC was damaged. We have put back the backup of {moment}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registraties die al verzonden waren, staan veilig op de server. Wat nog niet verzonden was, is bewaard als dat kon en wordt vanzelf verzonden.</source>
        <translation>Registrations that were already sent are safe on the server. What had not been sent yet was kept where possible and will be sent automatically.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>U hoeft niets te doen. Meld het wel aan de ICT-helpdesk.</source>
        <translation>You do not need to do anything. Please do tell the IT helpdesk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De gegevens op deze pc waren beschadigd, en er was geen goede reservekopie. De app begint opnieuw met lege gegevens.</source>
        <translation>The data on this PC was damaged, and there was no good backup. The app starts again with empty data.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registraties die al verzonden waren, staan veilig op de server. Het beschadigde bestand is bewaard.</source>
        <translation>Registrations that were already sent are safe on the server. The damaged file has been kept.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waarschuw de ICT-helpdesk: deze pc moet misschien opnieuw worden ingesteld en gekoppeld.</source>
        <translation>Tell the IT helpdesk: this PC may need to be set up and linked again.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Gegevens hersteld</source>
        <translation>Data repaired</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../ui/words/report.py" line="+38"/>
        <source>bezoek (id)</source>
        <translation>visit (id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vraagnummer</source>
        <translation>question no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tijd</source>
        <translation>time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekdag</source>
        <translation>weekday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kanaal (code)</source>
        <translation>channel (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kanaal</source>
        <translation>channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duur (code)</source>
        <translation>duration (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duur</source>
        <translation>duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>werkwijze (code)</source>
        <translation>way of working (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>werkwijze</source>
        <translation>way of working</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoer (code)</source>
        <translation>entry (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoer</source>
        <translation>entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gecorrigeerd</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soort vraag (code)</source>
        <translation>kind of question (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soort vraag</source>
        <translation>kind of question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisatie (code)</source>
        <translation>organisation (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bestuurslaag (code)</source>
        <translation>government layer (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bestuurslaag</source>
        <translation>government layer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onderwerp (code)</source>
        <translation>topic (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onderwerp</source>
        <translation>topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DigiD-vervolg (code)</source>
        <translation>DigiD follow-up (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>DigiD-vervolg</source>
        <translation>DigiD follow-up</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>geboden hulp (codes)</source>
        <translation>help given (codes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geboden hulp</source>
        <translation>help given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doorverwezen naar (codes)</source>
        <translation>referred to (codes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doorverwezen naar</source>
        <translation>referred to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toelichting</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Belastinghulp {year}</source>
        <translation>Tax help {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samenvatting in de indeling van de landelijke IDO-registratie</source>
        <translation>Summary in the categories of the national IDO registration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Totalen</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per maand</source>
        <translation>Per month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kanaal (per bezoek)</source>
        <translation>Channel (per visit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duur van het gesprek (per bezoek)</source>
        <translation>Duration of the conversation (per visit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort vraag</source>
        <translation>Kind of question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisatie waar de vraag over gaat</source>
        <translation>Organisation the question is about</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bestuurslaag van die organisatie</source>
        <translation>Government layer of that organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geboden hulp</source>
        <translation>Help given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorverwezen naar</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geen</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een vraag met meer antwoorden telt bij elk antwoord mee. Het totaal is dus groter dan het aantal vragen.</source>
        <translation>A question with more answers counts once for each answer, so the total is larger than the number of questions.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Belastinghulp, seizoen {year}</source>
        <translation>Tax help, season {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het hele seizoen, alleen aantallen: geen namen of telefoonnummers van bezoekers.</source>
        <translation>The whole season, counts only: no names or phone numbers of visitors.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per helper</source>
        <translation>Per helper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helper</source>
        <translation>Helper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per organisatie</source>
        <translation>Per organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geboekt</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gekomen</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet gekomen</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geannuleerd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wachtlijst</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aangemeld op de wachtlijst</source>
        <translation>Signed up on the waiting list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanaf de wachtlijst geboekt</source>
        <translation>Booked from the waiting list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vaste balie</source>
        <translation>Fixed desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lopend IDO</source>
        <translation>Walking IDO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direct ingevoerd</source>
        <translation>Entered at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turflijst</source>
        <translation>Tally sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later ingevoerd</source>
        <translation>Entered later</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export van de IDO-registratie</source>
        <translation>Export of the IDO registration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balie</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog niet ingesteld</source>
        <translation>Not set up yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zo is geteld</source>
        <translation>How it is counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een bezoek dat ongeldig is gemaakt, telt niet mee. Een gecorrigeerd bezoek telt één keer mee, zoals de correctie het zegt, op de dag van het eerste bezoek. Dag en tijd zijn de tijd waarop het bezoek plaatsvond, op de plek zelf.</source>
        <translation>A visit that was made void does not count. A corrected visit counts once, as the correction says, on the day of the first visit. Day and time are when the visit took place, in local time.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tabbladen</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samenvatting: de totalen in de indeling van het landelijke IDO-registratieformulier, om over te nemen. Vragen: één regel per vraag, met de gegevens van het bezoek. Belastinghulp: het hele seizoen, als het in deze periode valt.</source>
        <translation>Summary: the totals in the categories of the national IDO registration form, to copy over. Questions: one row per question, with the visit&apos;s details. Tax help: the whole season, when it falls in this period.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notities staan nooit in een export. Er staan geen namen of telefoonnummers van bezoekers in.</source>
        <translation>Notes are never in an export. It holds no names or phone numbers of visitors.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keuzelijsten</source>
        <translation>Answer lists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omschrijvingen uit de keuzelijsten van versie {version}.</source>
        <translation>Descriptions from the answer lists of version {version}.</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%n vragen</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bezoeken</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opgeslagen in {path}: {questions} van {visits}.</source>
        <translation>Saved in {path}: {questions} from {visits}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De export is niet opgeslagen: de schijf is vol. Maak ruimte vrij of kies een andere plek.</source>
        <translation>The export was not saved: the disk is full. Free some space or choose another place.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De export is niet opgeslagen: het bestand is nog open, bijvoorbeeld in Excel, of u mag in deze map niet opslaan. Sluit het bestand, of kies een andere map.</source>
        <translation>The export was not saved: the file is still open, in Excel for example, or you may not save in this folder. Close the file, or choose another folder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De export is niet opgeslagen: deze map bestaat niet. Kies een andere map.</source>
        <translation>The export was not saved: this folder does not exist. Choose another folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De export is niet opgeslagen ({reason}). Kies een andere plek en probeer het opnieuw.</source>
        <translation>The export was not saved ({reason}). Choose another place and try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kies een bestand dat eindigt op .xlsx of .csv.</source>
        <extracomment>What is wrong with the command line&apos;s input, by code (the last two from kiosk.overview).</extracomment>
        <translation>Choose a file that ends in .xlsx or .csv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies een periode: --from en --to met twee datums, of --period (bijvoorbeeld month).</source>
        <translation>Choose a period: --from and --to with two dates, or --period (for example month).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kies --period of --from en --to, niet allebei.</source>
        <translation>Choose --period or --from and --to, not both.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--previous hoort bij --period, bijvoorbeeld --period month --previous.</source>
        <translation>--previous goes with --period, for example --period month --previous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schrijf een datum als jaar-maand-dag, bijvoorbeeld 2026-01-31.</source>
        <translation>Write a date as year-month-day, for example 2026-01-31.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De export is mislukt door een fout in IDO Kiosk. De fout is vastgelegd voor de ICT-afdeling ({path}).</source>
        <translation>The export failed because of an error in IDO Kiosk. The error was recorded for the IT department ({path}).</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <location filename="../../ui/planning/schedule_tab.py" line="+71"/>
        <source>Weekrooster</source>
        <translation>Weekly schedule</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Toevoegen aan rooster</source>
        <translation>Add to schedule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Helper</source>
        <translation>&amp;Helper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dag</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Begint om</source>
        <translation>&amp;Starts at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eindigt &amp;om</source>
        <translation>&amp;Ends at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duur per a&amp;fspraak</source>
        <translation>Length per a&amp;ppointment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Plaatsen per tijd</source>
        <translation>P&amp;laces per time</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Kies eerst een seizoen en een helper.</source>
        <translation>First choose a season and a helper.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✔ Toegevoegd aan het weekrooster.</source>
        <translation>✔ Added to the weekly schedule.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✔ Verwijderd. Tijden die al gemaakt zijn, blijven staan.</source>
        <translation>✔ Removed. Times already made stay as they are.</translation>
    </message>
</context>
<context>
    <name>SeasonTab</name>
    <message>
        <location filename="../../ui/planning/season_tab.py" line="+55"/>
        <source>Seizoen opslaan</source>
        <translation>Save season</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Welk seizoen</source>
        <translation>&amp;Which season</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;aam</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eerste dag</source>
        <translation>&amp;First day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Laatste dag</source>
        <translation>&amp;Last day</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contactgegevens w&amp;issen na</source>
        <translation>&amp;Delete contact details after</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Na de afspraak; de aantallen blijven voor de statistiek.</source>
        <translation>After the appointment; the numbers stay for the statistics.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nieuw seizoen …</source>
        <translation>New season …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>✔ Seizoen {name} opgeslagen.</source>
        <translation>✔ Season {name} saved.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>✔ Contactgegevens worden %n dagen na de afspraak gewist.</source>
        <translation>
            <numerusform>✔ Contact details are erased %n day after the appointment.</numerusform>
            <numerusform>✔ Contact details are erased %n days after the appointment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../ui/registration/sections.py" line="+106"/>
        <source>overgenomen</source>
        <extracomment>A message, or what makes it again in the current language (after a language switch).</extracomment>
        <translation>carried over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overgenomen van het vorige bezoek</source>
        <translation>carried over from the previous visit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>standaard</source>
        <translation>default</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standaardkeuze van deze balie</source>
        <translation>this desk&apos;s default choice</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_page.py" line="+82"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Echte locatie instellen …</source>
        <translation>Set up the real location …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gegevens van het IDO wijzigen …</source>
        <translation>Change the IDO&apos;s details …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam, vorm, tijden en bezetting van het IDO</source>
        <translation>Name, form, times and staffing of the IDO</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Privacy aan de balie</source>
        <translation>Privacy at the desk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scherm vergrendelen na, in minuten</source>
        <translation>Lock the screen after, in minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scherm &amp;vergrendelen na</source>
        <translation>&amp;Lock the screen after</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nieuwe pincode</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nieuwe pincode</source>
        <translation>&amp;New PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuwe pincode nog een keer</source>
        <translation>New PIN once more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog een &amp;keer</source>
        <translation>&amp;Again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pincode instellen</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pincode wissen</source>
        <translation>Remove PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows-vergrendeling gebruiken</source>
        <translation>Use the Windows lock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vergrendel Windows in plaats van dit scherm: het Windows-wachtwoord opent.</source>
        <translation>Lock Windows instead of this screen: the Windows password opens it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volledig scherm (kioskmodus)</source>
        <translation>Full screen (kiosk mode)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het programma vult het scherm; afsluiten vraagt de pincode.</source>
        <translation>The program fills the screen; closing it asks for the PIN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weergave</source>
        <translation>Display</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatisch (zoals Windows)</source>
        <translation>Automatic (like Windows)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normaal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoog contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contrast</source>
        <translation>&amp;Contrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grote knoppen (aanraakscherm)</source>
        <translation>Large buttons (touch screen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Eerdere bezoeken</source>
        <translation>Earlier visits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> dagen terug</source>
        <translation> days back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verbeteren tot hoeveel dagen terug</source>
        <translation>Correct up to how many days back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbeteren &amp;tot</source>
        <translation>Correct &amp;up to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ICT</source>
        <translation>IT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen voor de ICT-afdeling: de koppeling met de server.</source>
        <translation>Only for the IT department: the connection with the server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Koppelen met de server …</source>
        <translation>Connect to the server …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koppelen (Ctrl+K)</source>
        <translation>Connect (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronisatie …</source>
        <translation>Synchronisation …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronisatie (F6)</source>
        <translation>Synchronisation (F6)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Er is een pincode ingesteld: die opent het vergrendelde scherm.</source>
        <translation>A PIN has been set: it opens the locked screen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Er is geen pincode. Het vergrendelde scherm gaat dan open met Doorgaan: het houdt de gegevens alleen weg voor voorbijgangers. Stel een pincode in.</source>
        <translation>There is no PIN. The locked screen then opens with Continue: it only keeps the data away from passers-by. Set a PIN.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>De twee pincodes zijn niet gelijk. Typ ze opnieuw.</source>
        <translation>The two PINs are not the same. Type them again.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>De pincode is ingesteld.</source>
        <translation>The PIN has been set.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De pincode is gewist.</source>
        <translation>The PIN has been removed.</translation>
    </message>
</context>
<context>
    <name>SetupChangePage</name>
    <message>
        <location filename="../../ui/setup_change.py" line="+34"/>
        <source>Gegevens van het IDO wijzigen</source>
        <translation>Change the IDO&apos;s details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wijzig de naam, de vorm, de tijden of de bezetting van het IDO. De wijziging geldt vanaf vandaag; eerdere dagen houden hun gegevens.</source>
        <translation>Change the name, the form, the times or the staffing of the IDO. The change applies from today; earlier days keep their details.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../ui/setup_page.py" line="+125"/>
        <source>Welkom bij IDO Kiosk</source>
        <extracomment>How many average characters wide the page must be to show the form&apos;s two parts side by side.</extracomment>
        <translation>Welcome to IDO Kiosk</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Vul eenmalig in waar deze computer staat. De registraties zijn anoniem en worden bewaard op deze computer tot ze verstuurd zijn. Wilt u eerst rondkijken? Kies dan de demolocatie: die is duidelijk gemarkeerd en telt niet mee.</source>
        <translation>Fill in once where this computer is. The registrations are anonymous and are kept on this computer until they have been sent. Would you like to look around first? Then choose the demo location: it is clearly marked and does not count.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bijv. Bibliotheek Midden-Brabant</source>
        <translation>e.g. Bibliotheek Midden-Brabant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bijv. Vestiging Centrum</source>
        <translation>e.g. Vestiging Centrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bijv. Tilburg</source>
        <translation>e.g. Tilburg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies een provincie …</source>
        <translation>Choose a province …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bijv. IDO Centrale bibliotheek</source>
        <translation>e.g. IDO Centrale bibliotheek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In de bibliotheek</source>
        <translation>In the library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buiten de bibliotheek (bijv. wijkcentrum)</source>
        <translation>Outside the library (e.g. a community centre)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vrije inloop (openingstijden)</source>
        <translation>Walk-in (opening hours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Op afspraak (spreekuur)</source>
        <translation>By appointment (consultation hours)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ma</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wo</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>za</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>zo</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>van</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tot</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bibliotheek&amp;medewerkers</source>
        <translation>Library &amp;staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vrij&amp;willigers</source>
        <translation>&amp;Volunteers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;artners (bijv. gemeente)</source>
        <translation>P&amp;artners (e.g. the municipality)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> uur</source>
        <translation> hours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bijv. Balie 1 of Laptop lopend IDO</source>
        <translation>e.g. Desk 1 or Laptop mobile IDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop, lopend IDO</source>
        <translation>Laptop, mobile IDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vaste balie</source>
        <translation>Fixed desk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Bibliotheekorganisatie</source>
        <translation>&amp;Library organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vestiging</source>
        <translation>&amp;Branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provincie</source>
        <translation>&amp;Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam van deze &amp;computer</source>
        <translation>Name of this &amp;computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Werkwijze</source>
        <translation>Way of working</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naam van het &amp;IDO</source>
        <translation>Name of the &amp;IDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vo&amp;rm van het IDO</source>
        <translation>&amp;Form of the IDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tijden</source>
        <translation>Times</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dagen en tijden</source>
        <translation>&amp;Days and times</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bezetting per week</source>
        <translation>Staffing per week</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waar staat deze computer?</source>
        <translation>Where is this computer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het IDO</source>
        <translation>The IDO</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opslaan en beginnen</source>
        <translation>Save and start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eerst proberen met de demolocatie</source>
        <translation>Try the demo location first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terug naar de demo</source>
        <translation>Back to the demo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Vul in waar deze computer staat. De oefenregistraties van de demolocatie worden daarbij gewist: ze tellen nooit mee en worden nooit verstuurd.</source>
        <translation>Fill in where this computer is. The practice registrations of the demo location are deleted then: they never count and are never sent.</translation>
    </message>
</context>
<context>
    <name>SlotBookingsModel</name>
    <message>
        <location filename="../../ui/planning/side_lists.py" line="-70"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../ui/sync_bar.py" line="+91"/>
        <source>Registraties krijgen de tijd van deze computer. De centrale server corrigeert die, maar laat de klok gelijk zetten (ICT-afdeling).</source>
        <translation>Registrations get the time of this computer. The central server corrects it, but have the clock set right (IT department).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nu synchroniseren</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koppelen …</source>
        <translation>Connect …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Synchronisatie ({n})</source>
        <translation>Synchronisation ({n})</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n wijzigingen hebben aandacht nodig (F6)</source>
        <translation>
            <numerusform>%n change needs attention (F6)</numerusform>
            <numerusform>%n changes need attention (F6)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisatie (F6)</source>
        <translation>Synchronisation (F6)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>● Synchronisatie gestopt</source>
        <translation>● Synchronisation stopped</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bezig met synchroniseren …</source>
        <translation>Synchronising …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nu synchroniseren (F5)</source>
        <translation>Sync now (F5)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync_controller.py" line="+305"/>
        <source>Synchroniseren is onverwacht gestopt; het wordt later opnieuw geprobeerd. De registraties blijven bewaard op deze computer.</source>
        <translation>Synchronising stopped unexpectedly; it will be tried again later. The registrations stay stored on this computer.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_page.py" line="+190"/>
        <source>Synchronisatie – IDO Kiosk</source>
        <translation>Synchronisation – IDO Kiosk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronisatie met de centrale server</source>
        <translation>Synchronisation with the central server</translation>
    </message>
    <message>
        <location filename="../../ui/sync_summary.py" line="+27"/>
        <source>Verzonden</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog te verzenden</source>
        <translation>Still to send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tegengehouden</source>
        <translation>Held back</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Koppeling</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatste synchronisatie</source>
        <translation>Last synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wachtend</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per status</source>
        <translation>By status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klok</source>
        <translation>Clock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatste melding</source>
        <translation>Last message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Nieuwe versie nodig: {newest}</source>
        <translation>New version needed: {newest}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuwe versie beschikbaar: {newest}</source>
        <translation>New version available: {newest}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Downloaden: {link}</source>
        <translation>Download: {link}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="+2"/>
        <source>&amp;Nu synchroniseren</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exporteren voor ondersteuning …</source>
        <translation>&amp;Export for support …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Opnieuw aanbieden</source>
        <translation>&amp;Send again</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>✔ Synchronisatie gelukt: %n wijzigingen verzonden.</source>
        <translation>
            <numerusform>✔ Sync done: %n change sent.</numerusform>
            <numerusform>✔ Sync done: %n changes sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n wijzigingen worden opnieuw aangeboden.</source>
        <translation>
            <numerusform>%n change will be sent again.</numerusform>
            <numerusform>%n changes will be sent again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-89"/>
        <source>&amp;Koppelen …</source>
        <translation>&amp;Connect …</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+99"/>
        <source>&amp;Wijzigingen die aandacht nodig hebben</source>
        <translation>Changes that need &amp;attention</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Wijzigingen die aandacht nodig hebben</source>
        <translation>Changes that need attention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Diagnose voor helpdesk …</source>
        <translation>&amp;Diagnostics for helpdesk …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maakt één zip-bestand voor de helpdesk: versies, instellingen, wat wacht en de logbestanden. Notities en gegevens van bezoekers staan er niet in.</source>
        <translation>Makes one zip file for the helpdesk: versions, settings, what is waiting and the log files. Notes and visitors&apos; details are not in it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Biedt tegengehouden wijzigingen opnieuw aan de server aan: de gekozen, of alle als er geen tegengehouden wijziging is gekozen.</source>
        <translation>Sends held-back changes to the server again: the chosen ones, or all of them if none is chosen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Wijzigingen die aandacht nodig hebben ({n})</source>
        <translation>Changes that need &amp;attention ({n})</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>De diagnose wordt gemaakt …</source>
        <translation>Making the diagnostics …</translation>
    </message>
    <message>
        <location filename="../../ui/sync_summary.py" line="-61"/>
        <source>Gekoppeld als “{desk}” · vestiging {branch}</source>
        <translation>Connected as “{desk}” · branch {branch}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Niet gekoppeld</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vandaag om</source>
        <translation>today at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nog nooit</source>
        <translation>never yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · volgende poging {time}</source>
        <translation> · next attempt {time}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>⚠ {warning}. Laat de klok gelijk zetten (ICT-afdeling).</source>
        <translation>⚠ {warning}. Have the clock set right (IT department).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gelijk met de server</source>
        <translation>Same as the server</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="-64"/>
        <source>Bezig met synchroniseren …</source>
        <translation>Synchronising …</translation>
    </message>
    <message>
        <location filename="../../ui/sync_export.py" line="+37"/>
        <source>Exporteren voor ondersteuning</source>
        <extracomment>Support gets everything not accepted yet: the problems and what still waits.</extracomment>
        <translation>Export for support</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON-bestanden (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="+102"/>
        <source>Geen problemen: de server heeft alle verzonden registraties aangenomen.</source>
        <translation>No problems: the server has accepted all registrations sent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kies een registratie om te zien wat er aan de hand is.</source>
        <translation>Choose a registration to see what is going on.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/sync_status.py" line="-163"/>
        <source>Niet gekoppeld</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze balie is nog niet gekoppeld aan de centrale server. De registraties blijven bewaard op deze computer. Koppelen: Ctrl+K.</source>
        <translation>This desk is not connected to the central server yet. The registrations stay stored on this computer. Connect: Ctrl+K.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>● Opnieuw koppelen nodig</source>
        <translation>● Needs connecting again</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Gekoppeld aan {server}.</source>
        <translation>Connected to {server}.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>● Balie uitgeschakeld</source>
        <translation>● Desk switched off</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Nieuwe versie nodig</source>
        <translation>● New version needed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Geen verbinding</source>
        <translation>● No connection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · nieuwe poging om {time}</source>
        <translation> · next try at {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>● Gekoppeld · nog niets verzonden</source>
        <translation>● Connected · nothing sent yet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>● Verzonden om {time}</source>
        <translation>● Sent at {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbonden met {server}.</source>
        <translation>Connected with {server}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nieuwe versie beschikbaar</source>
        <translation>New version available</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deze computer heeft versie {current} van IDO Kiosk. De centrale server vraagt versie {minimum} of nieuwer: tot dan wordt niets verstuurd. Vraag uw ICT-afdeling om de nieuwe versie te installeren. Registreren gaat gewoon door.</source>
        <translation>This computer has version {current} of IDO Kiosk. The central server asks for version {minimum} or newer: until then nothing is sent. Ask your IT department to install the new version. Recording goes on as usual.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Versie {newest} van IDO Kiosk is beschikbaar; deze computer heeft versie {current}. Vraag uw ICT-afdeling om de nieuwe versie te installeren. Alles werkt gewoon door.</source>
        <translation>Version {newest} of IDO Kiosk is available; this computer has version {current}. Ask your IT department to install the new version. Everything keeps working as usual.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>voor</source>
        <translation>fast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>achter</source>
        <translation>slow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De klok van deze computer loopt {amount} {direction}</source>
        <translation>This computer&apos;s clock is {amount} {direction}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 minuut</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} minuten</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} uur</source>
        <translation>{n} hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} dagen</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Alles verzonden</source>
        <translation>All sent</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/planning/template_editor.py" line="+88"/>
        <source>Seizoen en rooster</source>
        <translation>Season and schedule</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;1 Seizoen</source>
        <translation>&amp;1 Season</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;2 Helpers</source>
        <translation>&amp;2 Helpers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;3 Weekrooster</source>
        <translation>&amp;3 Weekly schedule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;4 Sluitingsdagen</source>
        <translation>&amp;4 Closing days</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Voorbeeld van het genereren</source>
        <translation>Preview of generating</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kies Voorbeeld om te zien welke tijden er bij komen en welke dagen vervallen.</source>
        <translation>Choose Preview to see which times will be added and which days will be dropped.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voorbeeld (Alt+V)</source>
        <translation>Preview (Alt+V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Genereren (Alt+N)</source>
        <translation>Generate (Alt+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sluiten (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message numerus="yes">
        <location line="+116"/>
        <source>%n nieuwe tijden</source>
        <translation>
            <numerusform>%n new time</numerusform>
            <numerusform>%n new times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>op %n dagen</source>
        <translation>
            <numerusform>on %n day</numerusform>
            <numerusform>on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bestaan al en blijven</source>
        <translation>
            <numerusform>%n already exists and stays</numerusform>
            <numerusform>%n already exist and stay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>✔ %n tijden gemaakt.</source>
        <translation>
            <numerusform>✔ %n time made.</numerusform>
            <numerusform>✔ %n times made.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Overgeslagen dagen:</source>
        <translation>Days skipped:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Klopt het? Kies Genereren (Alt+N).</source>
        <translation>Is this right? Choose Generate (Alt+N).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er is niets nieuws te maken.</source>
        <translation>There is nothing new to make.</translation>
    </message>
</context>
<context>
    <name>TemplateModel</name>
    <message>
        <location filename="../../ui/planning/schedule_tab.py" line="-141"/>
        <source>Helper</source>
        <translation>Helper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Van–tot</source>
        <translation>From–to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duur</source>
        <translation>Length</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaatsen</source>
        <translation>Places</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../ui/window_chrome.py" line="+81"/>
        <source>Schermen</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registratie</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp</source>
        <translation>Tax help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DEMOLOCATIE: om te proberen. Deze registraties tellen niet mee.</source>
        <translation>DEMO LOCATION: for trying out. These registrations do not count.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEMO: telt niet mee</source>
        <translation>DEMO: does not count</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Echte locatie instellen …</source>
        <translation>Set up the real location …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Echte locatie …</source>
        <translation>Real location …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stel de echte locatie in; de demoregistraties worden dan gewist.</source>
        <translation>Set up the real location; the demo registrations are deleted then.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vragenlijst</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vragenlijst voor bezoekers (Ctrl+Shift+B)</source>
        <translation>Visitor survey (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instellingen (Ctrl+,)</source>
        <translation>Settings (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp en sneltoetsen (F1)</source>
        <translation>Help and shortcuts (F1)</translation>
    </message>
</context>
<context>
    <name>TopicPicker</name>
    <message>
        <location filename="../../ui/topic_picker.py" line="+103"/>
        <location line="+12"/>
        <source>Veelgebruikte onderwerpen</source>
        <translation>Frequent topics</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Typ om te zoeken, bijv. huurtoeslag, paspoort …</source>
        <translation>Type to search, e.g. rent benefit, passport …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoek een onderwerp</source>
        <translation>Search for a topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle onderwerpen</source>
        <translation>All topics</translation>
    </message>
</context>
<context>
    <name>VisitPanel</name>
    <message>
        <location filename="../../ui/visit_panel.py" line="+120"/>
        <source>Kanaal</source>
        <extracomment>The answers a new visit starts with, shown as &quot;standaard&quot; until the clerk chooses.</extracomment>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vink uit om een eerder tijdstip in te vullen (naregistratie).</source>
        <translation>Untick to enter an earlier time (registering afterwards).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tijdstip is nu</source>
        <translation>Time is now</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tijdstip van het bezoek</source>
        <translation>Time of the visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pijltjes links en rechts: dag, maand, jaar, uur, minuut</source>
        <translation>Left and right arrow keys: day, month, year, hour, minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aantal gelijke bezoeken</source>
        <translation>Number of identical visits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meer dan 1: registreer zoveel gelijke bezoeken tegelijk (turven).</source>
        <translation>More than 1: register that many identical visits at once (tallying).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lopend IDO</source>
        <translation>Walking IDO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aangevinkt: geregistreerd als lopend IDO, niet aan de balie.</source>
        <translation>Ticked: registered as walking IDO, not at the desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tijdstip</source>
        <translation>T&amp;ime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aantal</source>
        <translation>Nu&amp;mber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kanaal</source>
        <translation>Ch&amp;annel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duur</source>
        <translation>&amp;Duration</translation>
    </message>
</context>
<context>
    <name>VisitorLauncher</name>
    <message>
        <location filename="../../ui/visitor/launcher.py" line="+130"/>
        <source>De vragenlijst kon niet worden geopend. Details staan in het logbestand.</source>
        <extracomment>Stores one finished survey (``SurveyService.record``).</extracomment>
        <translation>The survey could not be opened. The details are in the log file.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+84"/>
        <source>Vragenlijst voor bezoekers</source>
        <translation>Visitor survey</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Op welk scherm komt de vragenlijst?</source>
        <translation>On which screen should the survey appear?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op het tweede scherm</source>
        <translation>On the second screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op dit scherm</source>
        <translation>On this screen</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n vragenlijsten van bezoekers konden niet worden bewaard.</source>
        <translation>
            <numerusform>%n visitor survey could not be stored.</numerusform>
            <numerusform>%n visitor surveys could not be stored.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details staan in het logbestand. Waarschuw de ICT-afdeling.</source>
        <translation>The details are in the log file. Tell the IT department.</translation>
    </message>
</context>
<context>
    <name>VisitorMode</name>
    <message>
        <location filename="../../ui/visitor/mode.py" line="+116"/>
        <source>Vragenlijst voor bezoekers</source>
        <extracomment>Saves one finished survey: (survey version, language, answers per question code). The keys that end the visitor mode (then the PIN, when one is set).</extracomment>
        <translation>Visitor survey</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Vragenlijst stoppen?</source>
        <translation>Stop the survey?</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/void_dialog.py" line="+50"/>
        <source>Bezoek niet meetellen</source>
        <translation>Stop counting the visit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het bezoek van {visit} telt dan niet meer mee in de cijfers. U ziet het nog wel in de lijst, doorgestreept. Er wordt niets gewist.</source>
        <translation>The visit of {visit} will then no longer count in the figures. You still see it in the list, struck through. Nothing is deleted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reden (mag leeg), bijv. dubbel geregistreerd</source>
        <translation>Reason (optional), e.g. registered twice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet meetellen</source>
        <translation>Don&apos;t count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message>
        <location filename="../../ui/planning/side_lists.py" line="+39"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../ui/files.py" line="+17"/>
        <source>Excel-werkmap (*.xlsx);;CSV voor Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../ui/words/history.py" line="+10"/>
        <source>Dit bezoek is ouder dan {days} dagen. Dan kunt u het niet meer veranderen. Vraag de teamleider.</source>
        <translation>This visit is older than {days} days. You can no longer change it. Ask the team leader.</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../ui/words/overview.py" line="+10"/>
        <source>De laatste dag ligt vóór de eerste dag.</source>
        <translation>The last day is before the first day.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies hoogstens 5 jaar tegelijk.</source>
        <translation>Choose at most 5 years at a time.</translation>
    </message>
</context>
<context>
    <name>planning</name>
    <message>
        <location filename="../../ui/planning/attention_panel.py" line="+47"/>
        <source>Afspraken die aandacht nodig hebben</source>
        <translation>Appointments that need attention</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deze afspraken zijn op een andere balie of offline gemaakt terwijl het tijdstip al vol of gesloten was. Verplaats, plan toch in met een reden, of annuleer.</source>
        <translation>These appointments were made at another desk or offline while the time was already full or closed. Move, book anyway with a reason, or cancel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verplaatsen naar gekozen tijdstip</source>
        <translation>Move to the chosen time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verplaats naar het tijdstip onder de cursor in het rooster</source>
        <translation>Move to the time under the cursor in the schedule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toch inplannen (met reden) …</source>
        <translation>Book anyway (with a reason) …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuleren …</source>
        <translation>Cancel …</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Kies eerst in het rooster (Alt+G) een ander tijdstip met een vrije plek.</source>
        <translation>First choose another time with a free place in the schedule (Alt+G).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ {name} verplaatst naar {where}.</source>
        <translation>✔ {name} moved to {where}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waarom krijgt dit tijdstip een extra afspraak?</source>
        <translation>Why does this time get an extra appointment?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ {name} toch ingepland ({reason}).</source>
        <translation>✔ {name} booked anyway ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ Afspraak van {name} geannuleerd.</source>
        <translation>✔ Appointment of {name} cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/planning/commands.py" line="+60"/>
        <source>Opnieuw: {what}</source>
        <translation>Redo: {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ongedaan: {what}</source>
        <translation>Undone: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/planning/day_list_print.py" line="+39"/>
        <source>Vertrouwelijk: bevat persoonsgegevens. Na de spreekuren vernietigen.</source>
        <translation>Confidential: contains personal details. Destroy after the sessions.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>inloop</source>
        <translation>walk-in</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../ui/planning/search_dialog.py" line="+39"/>
        <location filename="../../ui/planning/slip_print.py" line="+102"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/planning/search_dialog.py" line="+2"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/planning/search_dialog.py" line="+1"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/planning/slip_print.py" line="+5"/>
        <source>Waarvoor</source>
        <translation>What for</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wat meenemen</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opmerking</source>
        <translation>Comment</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n afspraken</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n inloop</source>
        <translation>
            <numerusform>%n walk-in</numerusform>
            <numerusform>%n walk-ins</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{n} voorlopig</source>
        <translation>{n} provisional</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Daglijst Belastinghulp</source>
        <translation>Tax help day list</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Geen afspraken op deze dag.</source>
        <translation>No appointments on this day.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zonder hulp</source>
        <translation>No helper</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Daglijst {day}</source>
        <translation>Day list {day}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Afgedrukt {moment}</source>
        <translation>Printed {moment}</translation>
    </message>
    <message>
        <location filename="../../ui/planning/slip_print.py" line="+65"/>
        <source>De printer kon niet worden gestart.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <location filename="../../ui/planning/day_list_print.py" line="+72"/>
        <location filename="../../ui/planning/page_keys.py" line="+47"/>
        <source>Daglijst afdrukken</source>
        <translation>Print the day list</translation>
    </message>
    <message>
        <location filename="../../ui/planning/exchange_dialog.py" line="+97"/>
        <location line="+37"/>
        <source>Rooster exporteren</source>
        <translation>Export schedule</translation>
    </message>
    <message>
        <location filename="../../ui/planning/exchange_import.py" line="+76"/>
        <source>Het bestand kon niet worden gelezen ({reason}).</source>
        <translation>The file could not be read ({reason}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+140"/>
        <location line="+11"/>
        <location line="+8"/>
        <source>Beschikbaarheid importeren</source>
        <translation>Import availability</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Problemen per rij</source>
        <translation>Problems per row</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problemen (rijnummers zoals in het bestand):</source>
        <translation>Problems (row numbers as in the file):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/planning/exchange_dialog.py" line="+126"/>
        <location filename="../../ui/planning/exchange_import.py" line="+2"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/planning/exchange_import.py" line="-71"/>
        <source>Rooster (*.xlsx *.csv);;Alle bestanden (*)</source>
        <translation>Schedule (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Alleen goede rijen importeren</source>
        <translation>Import only the good rows</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file}: {summary}</source>
        <translation>{file}: {summary}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nieuwe helpers: {names}.</source>
        <translation>New helpers: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verbeter het bestand en importeer opnieuw, of importeer nu alleen de goede rijen (rijen die al bestaan worden niet dubbel aangemaakt).</source>
        <translation>Correct the file and import again, or import only the good rows now (rows that already exist are not made twice).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Er is niets nieuws om te importeren.</source>
        <translation>There is nothing new to import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maak daarna de tijdvakken aan met &apos;Tijdvakken maken&apos; in het seizoen.</source>
        <translation>Then make the time slots with &apos;Make time slots&apos; in the season.</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n roosterregels</source>
        <translation>
            <numerusform>%n schedule line</numerusform>
            <numerusform>%n schedule lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n nieuwe helpers</source>
        <translation>
            <numerusform>%n new helper</numerusform>
            <numerusform>%n new helpers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n nieuwe organisaties</source>
        <translation>
            <numerusform>%n new organisation</numerusform>
            <numerusform>%n new organisations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geïmporteerd: {what}.</source>
        <translation>Imported: {what}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n rijen met problemen zijn overgeslagen.</source>
        <translation>
            <numerusform>%n row with problems was skipped.</numerusform>
            <numerusform>%n rows with problems were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Er is niets geïmporteerd.</source>
        <translation>Nothing has been imported.</translation>
    </message>
    <message>
        <location filename="../../ui/planning/exchange_dialog.py" line="-166"/>
        <source>rooster</source>
        <translation>schedule</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Het rooster is opgeslagen in {path} (%n regels).</source>
        <translation>
            <numerusform>The schedule was saved in {path} (%n row).</numerusform>
            <numerusform>The schedule was saved in {path} (%n rows).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Importeren en exporteren</source>
        <translation>Import and export</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporteer het rooster met alle afspraken naar Excel of CSV, of lees de beschikbaarheid van de helpers in (kolommen helper, organisatie, dag, van, tot, duur en plaatsen).</source>
        <translation>Export the schedule with all appointments to Excel or CSV, or read in the helpers&apos; availability (columns helper, organisation, day, from, to, duration and places; Dutch or English headings).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rooster &amp;exporteren…</source>
        <translation>&amp;Export schedule…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beschikbaarheid &amp;importeren…</source>
        <translation>&amp;Import availability…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/planning/search_dialog.py" line="+102"/>
        <source>Sluiten (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Kies eerst een seizoen.</source>
        <translation>First choose a season.</translation>
    </message>
    <message>
        <location filename="../../ui/planning/grid_model.py" line="+268"/>
        <source>Plaatsen: {capacity}; {free}</source>
        <translation>Places: {capacity}; {free}</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+14"/>
        <location line="+11"/>
        <source>geen spreekuur</source>
        <translation>no consultation hours</translation>
    </message>
    <message>
        <location filename="../../ui/planning/helpers_tab.py" line="-99"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/planning/navigation.py" line="+66"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naar vandaag in het rooster (Ctrl+T)</source>
        <translation>To today in the schedule (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/planning/page_keys.py" line="-32"/>
        <source>Ga naar datum</source>
        <translation>Go to date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ga naar een datum (Ctrl+G); Enter gaat erheen</source>
        <translation>Go to a date (Ctrl+G); Enter goes there</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ga naar</source>
        <translation>Go to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Naar deze datum</source>
        <translation>To this date</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/planning/search_dialog.py" line="+48"/>
        <source>Zoeken …</source>
        <translation>Search …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afspraak zoeken op naam of telefoon (Ctrl+F)</source>
        <translation>Find an appointment by name or phone (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/planning/page_actions.py" line="+33"/>
        <source>Er is geen rooster om in te zoeken.</source>
        <translation>There is no schedule to search in.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rooster van {day}.</source>
        <translation>Schedule of {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Op {day} is er geen spreekuur; de eerstvolgende dag is {shown}.</source>
        <translation>There are no consultation hours on {day}; the next day is {shown}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Het seizoen is voorbij op {day}; dit is de laatste dag: {shown}.</source>
        <translation>The season is over on {day}; this is the last day: {shown}.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Die afspraak staat niet meer in het rooster.</source>
        <translation>That appointment is no longer in the schedule.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gevonden: {name}, {day} {time}, bij {helper}.</source>
        <translation>Found: {name}, {day} {time}, with {helper}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zet de cursor op een afspraak om een afspraakbriefje te maken.</source>
        <translation>Put the cursor on an appointment to make an appointment slip.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deze afspraak heeft geen naam meer; een briefje kan niet.</source>
        <translation>This appointment no longer has a name; a slip is not possible.</translation>
    </message>
    <message>
        <location filename="../../ui/planning/prompts.py" line="+34"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/planning/page_keys.py" line="-1"/>
        <source>Naar vandaag in het rooster</source>
        <extracomment>(keys as shown, what they do) in the order the overview lists them.</extracomment>
        <translation>Go to today in the schedule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afspraak zoeken op naam of telefoon</source>
        <translation>Find an appointment by name or phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pijltjes, Home, End, Page Up/Down</source>
        <translation>Arrows, Home, End, Page Up/Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewegen in het rooster</source>
        <translation>Move in the schedule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volgende / vorige dag in het rooster</source>
        <translation>Next / previous day in the schedule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter of een letter typen</source>
        <translation>Enter or type a letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afspraak maken op een vrije plek</source>
        <translation>Make an appointment in a free place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afspraak openen</source>
        <translation>Open the appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/planning/prompts.py" line="+13"/>
        <source>Afspraak annuleren</source>
        <translation>Cancel the appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afspraak knippen (verplaatsen)</source>
        <translation>Cut the appointment (to move it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afspraak kopiëren (de afspraak blijft staan)</source>
        <translation>Copy the appointment (it stays where it is)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geknipte of gekopieerde afspraak hier neerzetten</source>
        <translation>Put the cut or copied appointment here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knippen of kopiëren stoppen</source>
        <translation>Stop cutting or copying</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het rooster verlaten: naar het volgende onderdeel</source>
        <translation>Leave the schedule: to the next part</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het rooster verlaten: naar het vorige onderdeel</source>
        <translation>Leave the schedule: to the previous part</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afspraakbriefje afdrukken voor de afspraak onder de cursor</source>
        <translation>Print the appointment slip for the appointment under the cursor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ongedaan maken / opnieuw</source>
        <translation>Undo / redo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uitwisselen: rooster of afspraken importeren en exporteren</source>
        <translation>Exchange: import and export the schedule or appointments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seizoen en rooster</source>
        <translation>Season and schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zijpaneel Details tonen of verbergen</source>
        <translation>Show or hide the Details side panel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seizoen / helper / organisatie kiezen (Filter gaat open)</source>
        <translation>Choose season / helper / organisation (Filter opens)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naar het rooster</source>
        <translation>Go to the schedule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit tijdstip / Wachtlijst / Aandacht</source>
        <translation>This time / Waiting list / Attention</translation>
    </message>
    <message>
        <location filename="../../ui/planning/prompts.py" line="+1"/>
        <source>De afspraak van {name} op {where} annuleren?</source>
        <translation>Cancel the appointment of {name} on {where}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De plek komt vrij. De annulering blijft bewaard (Ctrl+Z maakt ongedaan).</source>
        <translation>The place becomes free. The cancellation is kept (Ctrl+Z undoes it).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ja, annuleren</source>
        <translation>Yes, cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plek vrij</source>
        <translation>Place free</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is een plek vrijgekomen op {where}.
{name} ({phone}) staat als eerste op de wachtlijst. Nu inplannen?</source>
        <translation>A place has become free on {where}.
{name} ({phone}) is first on the waiting list. Book now?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/planning/schedule_tab.py" line="+19"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../ui/planning/search_dialog.py" line="-152"/>
        <source>Helper</source>
        <translation>Helper</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{status}, conflict</source>
        <translation>{status}, conflict</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status}, nog niet bevestigd</source>
        <translation>{status}, not confirmed yet</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Afspraak zoeken</source>
        <extracomment>The longest query (a name is at most 100 characters) and how much of it a message repeats.</extracomment>
        <translation>Find appointment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoek op naam of telefoon</source>
        <translation>Search by name or phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naam of telefoonnummer, bijv. Jansen of 06 1234</source>
        <translation>Name or phone number, e.g. Jansen or 06 1234</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gevonden afspraken</source>
        <translation>Appointments found</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+73"/>
        <source>Typ een naam of een telefoonnummer.</source>
        <translation>Type a name or a phone number.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Zoekresultaat</source>
        <translation>Search result</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n dagen</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>%n afspraken gevonden.</source>
        <translation>
            <numerusform>%n appointment found.</numerusform>
            <numerusform>%n appointments found.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-103"/>
        <source>de bewaartermijn</source>
        <translation>the retention period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afspraken van langer dan {days} geleden hebben geen naam en telefoonnummer meer (privacy). Die zijn niet te vinden.</source>
        <translation>Appointments from longer ago than {days} no longer have a name and phone number (privacy). They cannot be found.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Naar afspraak (Enter)</source>
        <translation>To appointment (Enter)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>&amp;Zoek op naam of telefoon</source>
        <translation>&amp;Search by name or phone</translation>
    </message>
    <message>
        <location line="+59"/>
        <location filename="../../ui/planning/texts.py" line="+155"/>
        <source> (inloop)</source>
        <translation> (walk-in)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Niets gevonden voor “{query}”.</source>
        <translation>Nothing found for “{query}”.</translation>
    </message>
    <message>
        <location filename="../../ui/planning/side_lists.py" line="-27"/>
        <source>Doel: {p}</source>
        <translation>Purpose: {p}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meenemen: {c}</source>
        <translation>Bring: {c}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Geannuleerd door {by}</source>
        <translation>Cancelled by {by}</translation>
    </message>
    <message>
        <location filename="../../ui/planning/slip_print.py" line="-72"/>
        <source>Voor</source>
        <extracomment>Checklist codes the standard list already covers.</extracomment>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/planning/navigation.py" line="+4"/>
        <location line="+1"/>
        <location filename="../../ui/planning/search_dialog.py" line="-197"/>
        <location filename="../../ui/planning/slip_print.py" line="+1"/>
        <source>Datum</source>
        <extracomment>Wait this long after the last key before searching (ms).</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/planning/slip_print.py" line="-65"/>
        <source>Uw DigiD: inlognaam en wachtwoord, of de DigiD app. Of uw machtigingscode.</source>
        <extracomment>What every citizen brings, in plain words (B1).</extracomment>
        <translation>Your DigiD: user name and password, or the DigiD app. Or your authorisation code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De brieven van de Belastingdienst die u kreeg.</source>
        <translation>The letters you received from the Belastingdienst (Tax Administration).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jaaropgaven van uw werk, uitkering of pensioen.</source>
        <translation>Annual statements from your work, benefits or pension.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw identiteitsbewijs: paspoort, ID-kaart of rijbewijs.</source>
        <translation>Your proof of identity: passport, ID card or driving licence.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>de bibliotheek</source>
        <translation>the library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie helpt u</source>
        <translation>Who helps you</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>een vrijwilliger van {org}</source>
        <translation>a volunteer from {org}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uw afspraak bij de Belastinghulp</source>
        <translation>Your tax help appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neem dit mee</source>
        <translation>Please bring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kom 5 minuten voor uw afspraak.</source>
        <translation>Please come 5 minutes before your appointment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kunt u niet komen? Zeg uw afspraak dan af bij de bibliotheek.</source>
        <translation>Can&apos;t come? Please cancel your appointment with the library.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geef nooit uw DigiD-wachtwoord aan iemand anders.</source>
        <translation>Never give your DigiD password to anyone else.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Afspraak {day} {time}</source>
        <translation>Appointment {day} {time}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Afspraakbriefje afdrukken</source>
        <translation>Print appointment slip</translation>
    </message>
    <message>
        <location filename="../../ui/planning/slot_panel.py" line="+36"/>
        <source>✔ {name}: {word}.</source>
        <translation>✔ {name}: {word}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+72"/>
        <source>Kies een tijdstip in het rooster.</source>
        <translation>Choose a time in the schedule.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Afspraken op dit tijdstip</source>
        <translation>Appointments at this time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nieuwe afspraak</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Openen (F2)</source>
        <translation>Open (F2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Verschenen</source>
        <translation>✓ Attended</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ Niet verschenen</source>
        <translation>✗ No-show</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⊘ Annuleren (Delete)</source>
        <translation>⊘ Cancel (Delete)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verplaatsen … (Ctrl+X)</source>
        <translation>Move … (Ctrl+X)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{helper} heeft hier geen spreekuur.</source>
        <translation>{helper} has no consultation hours here.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Kies eerst een tijdstip in het rooster (Alt+G).</source>
        <translation>First choose a time in the schedule (Alt+G).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dit tijdstip is gesloten.</source>
        <translation>This time is closed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+184"/>
        <location filename="../../ui/planning/waiting_panel.py" line="+157"/>
        <source>Afspraak {name} {where}</source>
        <translation>Appointment {name} {where}</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>✔ Opgeslagen: {what} (Ctrl+Z maakt ongedaan)</source>
        <translation>✔ Saved: {what} (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>✔ Afspraak bijgewerkt.</source>
        <translation>✔ Appointment updated.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Op dit tijdstip staat geen afspraak om te annuleren.</source>
        <translation>There is no appointment at this time to cancel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Annulering {name} {where}</source>
        <translation>Cancellation {name} {where}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ Geannuleerd: {name} (Ctrl+Z maakt ongedaan)</source>
        <translation>✔ Cancelled: {name} (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Op dit tijdstip staat geen afspraak om te verplaatsen.</source>
        <translation>There is no appointment at this time to move.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verplaatsen</source>
        <translation>move</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verplaatsen: {name} van {where}. Ga naar het nieuwe tijdstip en druk Ctrl+V (Esc stopt).</source>
        <translation>Moving: {name} from {where}. Go to the new time and press Ctrl+V (Esc stops).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Op dit tijdstip staat geen afspraak om te kopiëren.</source>
        <translation>There is no appointment at this time to copy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze afspraak heeft geen gegevens meer om te kopiëren.</source>
        <translation>This appointment no longer has details to copy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kopiëren</source>
        <translation>copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gekopieerd: {name} van {where}. Ga naar een ander tijdstip en druk Ctrl+V voor een afspraak met dezelfde gegevens (Esc stopt).</source>
        <translation>Copied: {name} from {where}. Go to another time and press Ctrl+V for an appointment with the same details (Esc stops).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kopiëren gestopt.</source>
        <translation>Copying stopped.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verplaatsen gestopt.</source>
        <translation>Moving stopped.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kies eerst met Ctrl+X (verplaatsen) of Ctrl+C (kopiëren) een afspraak.</source>
        <translation>First choose an appointment with Ctrl+X (move) or Ctrl+C (copy).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De afspraak staat al op dit tijdstip.</source>
        <translation>The appointment is already at this time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit tijdstip is gesloten; kies een ander.</source>
        <translation>This time is closed; choose another one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit tijdstip is vol. Waarom toch hierheen?</source>
        <translation>This time is full. Why here anyway?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verplaatsing {name} {source} → {target}</source>
        <translation>Move {name} {source} → {target}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ Verplaatst: {name} naar {target}</source>
        <translation>✔ Moved: {name} to {target}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✔ Gekopieerd: {what} (Ctrl+Z maakt ongedaan)</source>
        <translation>✔ Copied: {what} (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location filename="../../ui/planning/texts.py" line="+16"/>
        <source>conflict: {reason}</source>
        <translation>conflict: {reason}</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+135"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>geboekt</source>
        <translation>booked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geannuleerd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verschenen</source>
        <translation>attended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niet verschenen</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voorlopig</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(naam gewist)</source>
        <extracomment>What a name becomes once the contact details were purged (design §6).</extracomment>
        <translation>(name erased)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tijdstip was al vol</source>
        <translation>time already full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tijdstip is gesloten</source>
        <translation>time is closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was al geannuleerd</source>
        <translation>was already cancelled</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>het centrale rooster weigerde de plek</source>
        <translation>the central schedule refused the place</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>voorlopig (nog niet bevestigd door het centrale rooster)</source>
        <translation>provisional (not yet confirmed by the central schedule)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overboekt: {reason}</source>
        <translation>overbooked: {reason}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} overboekt</source>
        <translation>{n} overbooked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vol</source>
        <translation>full</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vrij</source>
        <translation>free</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{free} van {capacity} vrij</source>
        <translation>{free} of {capacity} free</translation>
    </message>
    <message>
        <location filename="../../ui/planning/waiting_panel.py" line="-116"/>
        <source>Wachtlijst van dit seizoen</source>
        <translation>Waiting list of this season</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Op de wachtlijst …</source>
        <translation>On the waiting list …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inplannen op gekozen tijdstip</source>
        <translation>Book at the chosen time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Boek de gekozen persoon op het tijdstip onder de cursor in het rooster</source>
        <translation>Book the chosen person at the time under the cursor in the schedule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Van de lijst halen</source>
        <translation>Take off the list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kies iemand, ga in het rooster naar een vrij tijdstip (Alt+G) en kies Inplannen.</source>
        <translation>Choose someone, go to a free time in the schedule (Alt+G) and choose Book.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Wachtlijst: {season}</source>
        <translation>Waiting list: {season}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✔ {name} staat op de wachtlijst.</source>
        <translation>✔ {name} is on the waiting list.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kies iemand op de wachtlijst en een tijdstip in het rooster.</source>
        <translation>Choose someone on the waiting list and a time in the schedule.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit tijdstip is vol of gesloten; kies een vrij tijdstip.</source>
        <translation>This time is full or closed; choose a free time.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✔ {name} is van de wachtlijst gehaald.</source>
        <translation>✔ {name} has been taken off the waiting list.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>✔ Van de wachtlijst ingepland: {what}</source>
        <translation>✔ Booked from the waiting list: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/words/planning.py" line="+26"/>
        <source>Dit seizoen bestaat niet (meer).</source>
        <extracomment>Code prefixes whose codes are made from data (a server&apos;s reason code), not literals. ``planning.gone.&lt;record&gt;``: a season, organisation, helper, template or closure that is gone.</extracomment>
        <translation>This season does not exist (any more).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze organisatie bestaat niet (meer).</source>
        <translation>This organisation does not exist (any more).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze hulp bestaat niet (meer).</source>
        <translation>This helper does not exist (any more).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit sjabloon bestaat niet (meer).</source>
        <translation>This template does not exist (any more).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze sluiting bestaat niet (meer).</source>
        <translation>This closure does not exist (any more).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die organisatie bestaat niet (meer).</source>
        <translation>That organisation does not exist (any more).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die hulp bestaat niet (meer).</source>
        <translation>That helper does not exist (any more).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit tijdvak bestaat niet (meer).</source>
        <translation>This time slot does not exist (any more).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze afspraak bestaat niet (meer).</source>
        <translation>This appointment does not exist (any more).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze aanmelding staat niet (meer) op de wachtlijst.</source>
        <translation>This registration is not (or no longer) on the waiting list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Geef het seizoen een naam.</source>
        <translation>Give the season a name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De laatste dag ligt vóór de eerste dag.</source>
        <translation>The last day is before the first day.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een seizoen duurt hoogstens ruim een jaar.</source>
        <translation>A season lasts a little over a year at most.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vul de naam van de organisatie in.</source>
        <translation>Fill in the name of the organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vul de naam van de hulp in.</source>
        <translation>Fill in the name of the helper.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onbekend onderwerp: {codes}.</source>
        <translation>Unknown topic: {codes}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies een dag van de week.</source>
        <translation>Choose a day of the week.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De eindtijd ligt niet na de begintijd.</source>
        <translation>The end time is not after the start time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een tijdvak duurt {min} tot {max} minuten.</source>
        <translation>A time slot lasts {min} to {max} minutes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Er past geen enkel tijdvak in deze tijden.</source>
        <translation>Not a single time slot fits in these times.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze datum valt buiten het seizoen.</source>
        <translation>This date is outside the season.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;Geldig tot&apos; ligt vóór &apos;geldig vanaf&apos;.</source>
        <translation>&apos;Valid until&apos; is before &apos;valid from&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze dag valt buiten het seizoen.</source>
        <translation>This day is outside the season.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kies {min} tot {max} plaatsen per tijdvak.</source>
        <translation>Choose {min} to {max} places per time slot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Er zijn al {taken} plaatsen geboekt: verplaats of annuleer eerst afspraken.</source>
        <translation>{taken} places have already been booked: move or cancel appointments first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit tijdvak is vol. Kies een ander tijdvak, zet de bezoeker op de wachtlijst of geef een reden om toch in te plannen.</source>
        <translation>This time slot is full. Choose another time slot, put the visitor on the waiting list or give a reason to book anyway.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dit tijdvak is gesloten. Kies een ander tijdvak of geef een reden om toch in te plannen.</source>
        <translation>This time slot is closed. Choose another time slot or give a reason to book anyway.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vul de naam in.</source>
        <translation>Fill in the name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De naam is te lang (hoogstens {max} tekens).</source>
        <translation>The name is too long (at most {max} characters).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vul een telefoonnummer in.</source>
        <translation>Fill in a phone number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is geen Nederlands telefoonnummer (bijvoorbeeld 06 12345678).</source>
        <translation>This is not a Dutch phone number (for example 06 12345678).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit e-mailadres klopt niet (bijvoorbeeld naam@voorbeeld.nl).</source>
        <translation>This email address is not right (for example naam@voorbeeld.nl).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Onbekend doel: {codes}.</source>
        <translation>Unknown purpose: {codes}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onbekend punt voor de meeneemlijst: {codes}.</source>
        <translation>Unknown item for the list of what to bring: {codes}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De tekst is te lang (hoogstens {max} tekens).</source>
        <translation>The text is too long (at most {max} characters).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een machtigingscode (of andere DigiD-code) mag nooit worden opgeschreven. Haal de code uit de opmerking.</source>
        <translation>An authorisation code (or other DigiD code) must never be written down. Take the code out of the comment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Geef een reden om extra in te plannen.</source>
        <translation>Give a reason to book an extra appointment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit gegeven van een afspraak kan niet worden gewijzigd.</source>
        <translation>This detail of an appointment cannot be changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De gegevens van deze afspraak zijn al gewist (bewaartermijn).</source>
        <translation>The details of this appointment have already been deleted (retention period).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze afspraak heeft aandacht nodig: los haar op via &apos;Aandacht nodig&apos;.</source>
        <translation>This appointment needs attention: resolve it under &apos;Attention&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De afspraak staat al in dit tijdvak.</source>
        <translation>The appointment is already in this time slot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze afspraak heeft geen aandacht (meer) nodig.</source>
        <translation>This appointment does not need attention (any more).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze afspraak is geannuleerd en kan niet meer veranderen.</source>
        <translation>This appointment has been cancelled and can no longer change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuleer een afspraak met &apos;Annuleren&apos;.</source>
        <translation>Cancel an appointment with &apos;Cancel&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Onbekende status.</source>
        <translation>Unknown status.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies verplaatsen, toch inplannen of annuleren.</source>
        <translation>Choose move, book anyway or cancel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies het tijdvak waar de afspraak naartoe gaat.</source>
        <translation>Choose the time slot the appointment goes to.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De gegevens van deze aanmelding zijn al gewist.</source>
        <translation>The details of this registration have already been deleted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies een bewaartermijn van {min} tot {max} dagen.</source>
        <translation>Choose a retention period of {min} to {max} days.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rij {row}: {problem}</source>
        <translation>Row {row}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bestandstype wordt niet gelezen: sla het bestand op als .xlsx of .csv.</source>
        <translation>This type of file is not read: save the file as .xlsx or .csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit bestand is geen leesbaar Excel-bestand (.xlsx).</source>
        <translation>This file is not a readable Excel file (.xlsx).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geen kopregel gevonden: het bestand moet de kolommen {columns} hebben.</source>
        <translation>No header row found: the file must have the columns {columns}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{column}&apos; is leeg.</source>
        <translation>&apos;{column}&apos; is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;dag&apos; ({value}) is geen weekdag (maandag .. vrijdag) of datum.</source>
        <translation>&apos;dag&apos; ({value}) is not a weekday (maandag .. vrijdag) or a date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{column}&apos; ({value}) is geen tijd (bijvoorbeeld 9:30).</source>
        <translation>&apos;{column}&apos; ({value}) is not a time (for example 9:30).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;tot&apos; ({ends}) ligt voor &apos;van&apos; ({starts}).</source>
        <translation>&apos;tot&apos; ({ends}) is before &apos;van&apos; ({starts}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;duur&apos; ({value}) moet een aantal minuten zijn, van {min} tot en met {max}.</source>
        <translation>&apos;duur&apos; ({value}) must be a number of minutes, from {min} up to and including {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;duur&apos; ({minutes} minuten) past niet tussen &apos;van&apos; en &apos;tot&apos; ({starts}–{ends}).</source>
        <translation>&apos;duur&apos; ({minutes} minutes) does not fit between &apos;van&apos; and &apos;tot&apos; ({starts}–{ends}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;plaatsen&apos; ({value}) moet een getal van 1 tot en met {max} zijn.</source>
        <translation>&apos;plaatsen&apos; ({value}) must be a number from 1 up to and including {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{column}&apos; ({value}) is geen datum.</source>
        <translation>&apos;{column}&apos; ({value}) is not a date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bij een datum in &apos;dag&apos; horen geen &apos;geldig van&apos; en &apos;geldig tot&apos;.</source>
        <translation>A date in &apos;dag&apos; does not go with &apos;geldig van&apos; and &apos;geldig tot&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;geldig tot&apos; ({last}) ligt voor &apos;geldig van&apos; ({first}).</source>
        <translation>&apos;geldig tot&apos; ({last}) is before &apos;geldig van&apos; ({first}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overlapt met rij {other} ({helper}, {when} {starts}–{ends}).</source>
        <translation>overlaps with row {other} ({helper}, {when} {starts}–{ends}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} valt buiten het seizoen ({first} t/m {last}).</source>
        <translation>{day} is outside the season ({first} to {last}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>helper &apos;{helper}&apos; bestaat al bij {partners}, niet bij &apos;{partner}&apos;. Pas de organisatie aan of gebruik een andere naam.</source>
        <translation>helper &apos;{helper}&apos; already exists at {partners}, not at &apos;{partner}&apos;. Change the organisation or use another name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>er zijn meer helpers met de naam &apos;{helper}&apos;: vul de organisatie in.</source>
        <translation>there are several helpers called &apos;{helper}&apos;: fill in the organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>helper &apos;{helper}&apos; staat op niet actief; zet de helper eerst op actief.</source>
        <translation>helper &apos;{helper}&apos; is set to not active; set the helper to active first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overlapt met het bestaande rooster van {helper} ({weekday} {starts}–{ends}).</source>
        <translation>overlaps with the existing schedule of {helper} ({weekday} {starts}–{ends}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>geen organisatie</source>
        <extracomment>A helper without an organisation, in the list of a name&apos;s organisations.</extracomment>
        <translation>no organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} nieuwe roosterregel</source>
        <extracomment>The parts of an import&apos;s summary: per count, its words for one and for more.</extracomment>
        <translation>{n} new schedule line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} nieuwe roosterregels</source>
        <translation>{n} new schedule lines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} nieuwe helper</source>
        <translation>{n} new helper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} nieuwe helpers</source>
        <translation>{n} new helpers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} nieuwe organisatie</source>
        <translation>{n} new organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} nieuwe organisaties</source>
        <translation>{n} new organisations</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>{n} al aanwezig</source>
        <translation>{n} already there</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} rij met fouten</source>
        <translation>{n} row with errors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rijen met fouten</source>
        <translation>{n} rows with errors</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <location filename="../../ui/print_frame.py" line="+25"/>
        <source>Pagina {page} van {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De printer kon niet worden gestart.</source>
        <translation>The printer could not be started.</translation>
    </message>
</context>
<context>
    <name>registration</name>
    <message>
        <location filename="../../ui/words/registration.py" line="+28"/>
        <source>Kies minstens één vraag voordat u opslaat.</source>
        <extracomment>Code prefixes whose codes are made from data (a server&apos;s reason code), not literals.</extracomment>
        <translation>Choose at least one question before you save.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eén bezoek kan hoogstens {max} vragen hebben.</source>
        <translation>One visit can have at most {max} questions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies hoe de vraag binnenkwam.</source>
        <translation>Choose how the question came in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies hoe lang het duurde.</source>
        <translation>Choose how long it took.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onbekende werkwijze (balie of lopend IDO).</source>
        <translation>Unknown way of working (desk or mobile IDO).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het aantal moet tussen 1 en {max} liggen.</source>
        <translation>The number must be between 1 and {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De tijd mist een tijdzone.</source>
        <translation>The time is missing a time zone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het tijdstip ligt in de toekomst. Kies een tijd van vandaag of eerder.</source>
        <translation>The time is in the future. Choose a time of today or earlier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het tijdstip ligt meer dan {days} dagen terug.</source>
        <translation>The time is more than {days} days ago.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vraag {position}: {problem}</source>
        <translation>Question {position}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies een onderwerp uit de lijst.</source>
        <translation>Choose a topic from the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies om welke organisatie het ging.</source>
        <translation>Choose which organisation it was about.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies een organisatie uit de lijst.</source>
        <translation>Choose an organisation from the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies wat er met de DigiD is gebeurd.</source>
        <translation>Choose what happened with the DigiD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een DigiD-vervolg hoort alleen bij een DigiD-onderwerp.</source>
        <translation>A DigiD follow-up only goes with a DigiD topic.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies een DigiD-vervolg uit de lijst.</source>
        <translation>Choose a DigiD follow-up from the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies welke hulp u hebt gegeven.</source>
        <translation>Choose which help you gave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Onbekende hulp &apos;{code}&apos;.</source>
        <translation>Unknown help &apos;{code}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onbekende verwijzing &apos;{code}&apos;.</source>
        <translation>Unknown referral &apos;{code}&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een keuze staat er dubbel in.</source>
        <translation>A choice appears twice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies waarheen u hebt doorverwezen.</source>
        <translation>Choose where you referred to.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies ook &apos;Doorverwezen&apos; bij de geboden hulp.</source>
        <translation>Also choose &apos;Referred&apos; under the help given.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De notitie is langer dan {max} tekens.</source>
        <translation>The note is longer than {max} characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Een correctie geldt voor één bezoek.</source>
        <translation>A correction applies to one visit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De reden is te lang (hoogstens {max} tekens).</source>
        <translation>The reason is too long (at most {max} characters).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit bezoek bestaat niet (meer).</source>
        <translation>This visit does not exist (any more).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bezoek telt al niet meer mee.</source>
        <translation>This visit already no longer counts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bezoek is al gecorrigeerd. Corrigeer de nieuwste versie.</source>
        <translation>This visit has already been corrected. Correct the newest version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze balie is niet ingesteld. Kies eerst de locatie.</source>
        <translation>This desk has not been set up. Choose the location first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vul alle velden in.</source>
        <translation>Fill in all fields.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies een provincie.</source>
        <translation>Choose a province.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies de vorm van het IDO.</source>
        <translation>Choose the form of the IDO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies balie of lopend IDO.</source>
        <translation>Choose desk or mobile IDO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies of het IDO open is voor inloop of werkt op afspraak.</source>
        <translation>Choose whether the IDO is open for walk-in or works by appointment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Controleer de tijden: elke eindtijd ligt na de begintijd.</source>
        <translation>Check the times: each end time is after its start time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geef hoogstens {max} blokken met tijden op.</source>
        <translation>Give at most {max} blocks of times.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vul per soort medewerker 0 tot {max} uur per week in.</source>
        <translation>Fill in 0 to {max} hours per week for each kind of staff.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze computer is nog niet ingesteld. Kies eerst de locatie.</source>
        <translation>This computer has not been set up yet. Choose the location first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De notitie bevat geen persoonsgegevens.</source>
        <translation>The note holds no personal data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De notitie bevat persoonsgegevens en is niet opgeslagen: {listed}. Haal {pronoun} weg; de registratie is anoniem.</source>
        <translation>The note holds personal data and has not been saved: {listed}. Remove {pronoun}; the registration is anonymous.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BSN (burgerservicenummer)</source>
        <translation>BSN (citizen service number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telefoonnummer</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mailadres</source>
        <translation>email address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN (rekeningnummer)</source>
        <translation>IBAN (bank account number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcode met huisnummer</source>
        <translation>postcode with house number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} &quot;{text}&quot;</source>
        <extracomment>Pieces the shapes below put together (translated like the sentences).</extracomment>
        <translation>{label} &quot;{text}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>het</source>
        <translation>it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ze</source>
        <translation>them</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../ui/words/settings.py" line="+10"/>
        <source>Kies een wachttijd van 0 tot {max} minuten (0: het scherm gaat nooit vanzelf op slot).</source>
        <translation>Choose a waiting time of 0 to {max} minutes (0: the screen never locks by itself).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kies een contrast: automatisch, normaal of hoog.</source>
        <translation>Choose a contrast: automatic, normal or high.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies een taal: Nederlands of Engels.</source>
        <translation>Choose a language: Dutch or English.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies van {min} tot {max} dagen terug.</source>
        <translation>Choose from {min} to {max} days back.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewaar van {min} tot {max} reservekopieën.</source>
        <translation>Keep from {min} to {max} backups.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een pincode heeft {min} tot {max} cijfers, en alleen cijfers.</source>
        <translation>A PIN has {min} to {max} digits, and only digits.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../../ui/words/storage.py" line="+15"/>
        <source>Het bestand met de registraties is even bezet: de registratie is niet opgeslagen. Probeer het zo opnieuw.</source>
        <translation>The file with the registrations is busy for a moment: the registration has not been saved. Try again shortly.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In het bestand met de registraties kan niets worden bijgeschreven. Waarschuw de ICT-afdeling; eerdere registraties zijn veilig.</source>
        <translation>Nothing can be added to the file with the registrations. Tell the IT department; earlier registrations are safe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Het bestand met de registraties gaat niet open. Waarschuw de ICT-afdeling.</source>
        <translation>The file with the registrations does not open. Tell the IT department.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>De schijf gaf een fout bij het opslaan. Eerdere registraties zijn veilig. Probeer het opnieuw of waarschuw de ICT-afdeling.</source>
        <translation>The disk gave an error while saving. Earlier registrations are safe. Try again or tell the IT department.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>De schijf is vol: dit is niet opgeslagen. Wat eerder is opgeslagen, is veilig. Maak ruimte vrij op de schijf of waarschuw de ICT-afdeling, en probeer het dan opnieuw.</source>
        <translation>The disk is full: this was not saved. What was saved before is safe. Free up space on the disk or tell the IT department, then try again.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Het bestand met de registraties is beschadigd. Sluit IDO Kiosk en start de app opnieuw: dan wordt de laatste goede reservekopie teruggezet. Verzonden registraties staan veilig op de server.</source>
        <translation>The file with the registrations is damaged. Close IDO Kiosk and start the app again: the last good backup is then put back. Sent registrations are safe on the server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deze gegevens zijn gemaakt met een nieuwere versie van IDO Kiosk. Installeer die versie (of waarschuw de ICT-afdeling); er is niets veranderd.</source>
        <translation>This data was made with a newer version of IDO Kiosk. Install that version (or tell the IT department); nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>survey</name>
    <message>
        <location filename="../../ui/words/survey.py" line="+10"/>
        <source>Dit antwoord hoort niet bij deze vragenlijst. De antwoorden zijn niet bewaard.</source>
        <translation>This answer does not belong to this survey. The answers were not saved.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../ui/words/sync.py" line="+38"/>
        <source>Deze balie is nog niet gekoppeld aan de centrale server.</source>
        <extracomment>Code prefixes whose codes are made from data (a server&apos;s reason code), not literals.</extracomment>
        <translation>This desk is not connected to the central server yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De centrale server is niet bereikbaar. De registraties blijven bewaard op deze computer. Ze worden later verstuurd.{retry}</source>
        <translation>The central server cannot be reached. The registrations stay stored on this computer. They will be sent later.{retry}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De centrale server antwoordt niet op tijd. De registraties blijven bewaard op deze computer. Ze worden later verstuurd.{retry}</source>
        <translation>The central server does not answer in time. The registrations stay stored on this computer. They will be sent later.{retry}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De beveiligde verbinding met de centrale server kon niet worden gecontroleerd (certificaat). Waarschuw de ICT-afdeling. De registraties blijven bewaard op deze computer.{retry}</source>
        <translation>The secure connection with the central server could not be checked (certificate). Tell the IT department. The registrations stay stored on this computer.{retry}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De centrale server heeft een storing. De registraties blijven bewaard op deze computer. Ze worden later verstuurd.{retry}</source>
        <translation>The central server has a fault. The registrations stay stored on this computer. They will be sent later.{retry}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De centrale server is even te druk. De registraties blijven bewaard op deze computer. Ze worden later verstuurd.{retry}</source>
        <translation>The central server is too busy for a moment. The registrations stay stored on this computer. They will be sent later.{retry}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> Nieuwe poging om {time}.</source>
        <translation> Next attempt at {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze balie moet opnieuw worden gekoppeld aan de centrale server. Vraag de ICT-afdeling om een nieuwe koppelcode. De registraties blijven bewaard op deze computer.</source>
        <translation>This desk must be connected to the central server again. Ask the IT department for a new connection code. The registrations stay stored on this computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De sleutel van deze balie voor de centrale server ontbreekt. Koppel de balie opnieuw met een nieuwe koppelcode. De registraties blijven bewaard op deze computer.</source>
        <translation>This desk&apos;s key for the central server is missing. Connect the desk again with a new connection code. The registrations stay stored on this computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deze balie is bij de centrale server uitgeschakeld. Neem contact op met de ICT-afdeling. De registraties blijven bewaard op deze computer. Ze kunnen worden geëxporteerd.</source>
        <translation>This desk has been switched off at the central server. Contact the IT department. The registrations stay stored on this computer. They can be exported.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deze versie van IDO Kiosk wordt niet meer ondersteund door de centrale server. Installeer de nieuwste versie. De registraties blijven bewaard op deze computer.</source>
        <translation>This version of IDO Kiosk is no longer supported by the central server. Install the newest version. The registrations stay stored on this computer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>De koppelcode is onjuist, al gebruikt of verlopen. Vraag de ICT-afdeling om een nieuwe.</source>
        <translation>The connection code is wrong, already used or expired. Ask the IT department for a new one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Geef deze balie of laptop een naam om te koppelen.</source>
        <translation>Give this desk or laptop a name to connect it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het adres van de centrale server is ongeldig (het begint met https://).</source>
        <translation>The address of the central server is not valid (it starts with https://).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synchroniseren is gestopt: {reason}</source>
        <translation>Synchronising has stopped: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchroniseren is gestopt: een bestand kon niet worden geschreven (schijf vol of geen toegang). Waarschuw de ICT-afdeling als dit blijft gebeuren. De registraties blijven bewaard op deze computer.</source>
        <translation>Synchronising has stopped: a file could not be written (disk full or no access). Tell the IT department if this keeps happening. The registrations stay stored on this computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Synchroniseren is mislukt door een fout in IDO Kiosk. De fout is vastgelegd voor de ICT-afdeling ({path}). De registraties blijven bewaard op deze computer.</source>
        <translation>Synchronising failed because of an error in IDO Kiosk. The error has been recorded for the IT department ({path}). The registrations stay stored on this computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Koppelen kan niet vanaf de demolocatie: oefenregistraties tellen niet mee. Stel eerst de echte locatie in (knop in de gele balk bovenaan).</source>
        <translation>Connecting is not possible from the demo location: practice registrations do not count. First set up the real location (button in the yellow bar at the top).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Er liep tegelijk een andere synchronisatie op deze computer. Er is niets verloren; de volgende poging gaat vanzelf.</source>
        <translation>Another synchronisation was running on this computer at the same time. Nothing has been lost; the next attempt happens by itself.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Er loopt al een synchronisatie voor deze balie (in de app of een geplande taak). Deze keer is overgeslagen; er is niets verloren.</source>
        <translation>A synchronisation is already running for this desk (in the app or a scheduled task). This time was skipped; nothing has been lost.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De sleutel van deze balie voor de centrale server is vernieuwd.</source>
        <translation>This desk&apos;s key for the central server has been renewed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De sleutel kon niet worden vernieuwd: de centrale server biedt dat niet aan. De huidige sleutel blijft werken.</source>
        <translation>The key could not be renewed: the central server does not offer that. The current key keeps working.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>De centrale server gaf een onverwacht antwoord. De registraties blijven bewaard op deze computer. Waarschuw de ICT-afdeling als dit blijft gebeuren.{retry}</source>
        <translation>The central server gave an unexpected answer. The registrations stay stored on this computer. Tell the IT department if this keeps happening.{retry}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Deze balie verstuurt nu niets naar de centrale server. De server vraagt versie {minimum} van IDO Kiosk of nieuwer; deze computer heeft versie {version}. Vraag uw ICT-afdeling om de nieuwe versie te installeren.{where} Registreren gaat gewoon door: alles blijft bewaard op deze computer en wordt na de update vanzelf verstuurd.</source>
        <translation>This desk is not sending anything to the central server now. The server asks for version {minimum} of IDO Kiosk or newer; this computer has version {version}. Ask your IT department to install the new version.{where} Recording goes on as usual: everything stays saved on this computer and is sent by itself after the update.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Te downloaden via {url}.</source>
        <translation> Download it from {url}.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>verstuurd {pushed}, bevestigd {acked}, geweigerd {rejected}, conflict {conflicted}, tegengehouden {quarantined}, nog te versturen {pending_left}, opgehaald {pulled}</source>
        <translation>sent {pushed}, confirmed {acked}, refused {rejected}, conflict {conflicted}, held back {quarantined}, still to send {pending_left}, fetched {pulled}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, opnieuw in de wachtrij {requeued}</source>
        <translation>, back in the queue {requeued}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronisatie gelukt: {counts}.</source>
        <translation>Synchronisation done: {counts}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog niet aan de beurt: {error} ({counts})</source>
        <translation>Not its turn yet: {error} ({counts})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronisatie mislukt: {error} ({counts})</source>
        <translation>Synchronisation failed: {error} ({counts})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bezoek vastgelegd</source>
        <translation>Visit recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bezoek gecorrigeerd</source>
        <translation>Visit corrected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belastinghulp: planning gewijzigd</source>
        <translation>Tax help: planning changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: tijdvak aangemaakt</source>
        <translation>Tax help: time slot made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: tijdvak gewijzigd</source>
        <translation>Tax help: time slot changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: afspraak gemaakt</source>
        <translation>Tax help: appointment made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: afspraak gewijzigd</source>
        <translation>Tax help: appointment changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: afspraak verplaatst</source>
        <translation>Tax help: appointment moved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: afspraak geannuleerd</source>
        <translation>Tax help: appointment cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: conflict opgelost</source>
        <translation>Tax help: conflict resolved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vraagcatalogus (antwoordlijsten)</source>
        <translation>Question catalogue (answer lists)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: seizoen</source>
        <translation>Tax help: season</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: organisatie</source>
        <translation>Tax help: organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: hulp</source>
        <translation>Tax help: helper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: weekrooster</source>
        <translation>Tax help: weekly schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: sluitingsdag</source>
        <translation>Tax help: closing day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: wachtlijst</source>
        <translation>Tax help: waiting list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: tijdvak</source>
        <translation>Tax help: time slot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: afspraak</source>
        <translation>Tax help: appointment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ontvangen, niet verwerkt</source>
        <translation>Received, not processed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De centrale server stuurde gegevens die deze computer niet kan lezen. De rest is wel verwerkt.</source>
        <translation>The central server sent data this computer cannot read. The rest has been processed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De centrale server stuurde gegevens die niet passen bij wat op deze computer staat. De rest is wel verwerkt.</source>
        <translation>The central server sent data that does not match what is on this computer. The rest has been processed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Er is hier niets verloren. Komt er een nieuwere versie van deze gegevens, dan wordt die vanzelf verwerkt. Exporteer de lijst voor de ICT-afdeling als dit blijft staan.</source>
        <translation>Nothing has been lost here. If a newer version of this data comes, it is processed by itself. Export the list for the IT department if this stays.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wacht op verzending</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wordt verzonden</source>
        <translation>Being sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verzonden</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tegengehouden</source>
        <translation>Held back</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Het bezoek telde bij de server al niet meer mee.</source>
        <translation>The server had already stopped counting the visit.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>De centrale server heeft deze registratie geweigerd.</source>
        <translation>The central server refused this registration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De registratie botst met wat de centrale server al heeft.</source>
        <translation>The registration clashes with what the central server already has.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De registratie kon niet worden verstuurd.</source>
        <translation>The registration could not be sent.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>De server keurt de gegevens af, bijvoorbeeld een antwoord dat hij niet kent.</source>
        <translation>The server rejects the data, for example an answer it does not know.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Bezoek telt niet mee</source>
        <translation>Visit not counted</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>De server kreeg eerder een registratie met hetzelfde kenmerk maar een andere inhoud (bijvoorbeeld na het terugzetten van een back-up).</source>
        <translation>The server received a registration with the same identifier but different content before (for example after a backup was restored).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Het volgnummer van deze registratie is bij de server al gebruikt door een andere registratie van deze balie (bijvoorbeeld na het terugzetten van een back-up).</source>
        <translation>The sequence number of this registration has already been used at the server by another registration of this desk (for example after a backup was restored).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De registratie is onderweg beschadigd geraakt: het controlegetal klopt niet.</source>
        <translation>The registration was damaged on the way: the checksum is not right.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De registratie hoort bij een bezoek van een andere vestiging.</source>
        <translation>The registration belongs to a visit of another branch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het bezoek dat hiermee wordt gewijzigd, is zelf door de server geweigerd.</source>
        <translation>The visit this changes was itself refused by the server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Het bezoek was bij de server al gecorrigeerd.</source>
        <translation>The visit had already been corrected at the server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De registratie is te groot voor de centrale server.</source>
        <translation>The registration is too large for the central server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>De centrale server kan deze registratie niet lezen.</source>
        <translation>The central server cannot read this registration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het tijdvak was al vol toen de afspraak de server bereikte (een andere balie was eerder). Los het op onder Belastinghulp, Aandacht nodig.</source>
        <translation>The time slot was already full when the appointment reached the server (another desk was first). Resolve it under Tax help, Attention.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Het tijdvak was gesloten toen de afspraak de server bereikte. Los het op onder Belastinghulp, Aandacht nodig.</source>
        <translation>The time slot was closed when the appointment reached the server. Resolve it under Tax help, Attention.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De afspraak was op een andere balie al geannuleerd; annuleren gaat voor wijzigen.</source>
        <translation>The appointment had already been cancelled at another desk; cancelling comes before changing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het conflict was op een andere balie al opgelost.</source>
        <translation>The conflict had already been resolved at another desk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De tijden van dit tijdvak kunnen niet meer veranderen: er staan afspraken in.</source>
        <translation>The times of this time slot can no longer change: there are appointments in it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het tijdvak kan niet kleiner worden dan het aantal afspraken dat erin staat.</source>
        <translation>The time slot cannot become smaller than the number of appointments in it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De begin- en eindtijd van het tijdvak kloppen niet.</source>
        <translation>The start and end time of the time slot are not right.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De registratie is op deze computer beschadigd en kan niet worden verstuurd.</source>
        <translation>The registration is damaged on this computer and cannot be sent.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Ze blijft bewaard op deze computer. Exporteer de lijst voor de ICT-afdeling.</source>
        <translation>It stays stored on this computer. Export the list for the IT department.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ze blijft bewaard en wordt niet meer vanzelf verstuurd. Is het probleem opgelost, kies dan Opnieuw aanbieden.</source>
        <translation>It stays stored and is no longer sent by itself. Once the problem is solved, choose Send again.</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../ui/words/__init__.py" line="+55"/>
        <source>Er ging iets mis (melding {code}).</source>
        <extracomment>Every module&apos;s sentences, as (Linguist context, source text) per code. Per code, what turns its raw parameters into the words the sentence shows. What a clerk reads for a code that has no words (a newer core, a bug): never a bare code.</extracomment>
        <translation>Something went wrong (message {code}).</translation>
    </message>
</context>
</TS>
