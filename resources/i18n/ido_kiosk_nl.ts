<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../../ui/registration/action_bar.py" line="+124"/>
        <source>Opslaan  (Ctrl+Enter)</source>
        <translation>Opslaan  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nog een vraag</source>
        <translation>Nog een vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog een vraag in dit bezoek (Ctrl+N)</source>
        <translation>Nog een vraag in dit bezoek (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Herhaal vorige</source>
        <translation>Herhaal vorige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vul het vorige bezoek opnieuw in (Ctrl+R)</source>
        <translation>Vul het vorige bezoek opnieuw in (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leegmaken</source>
        <translation>Leegmaken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maak het formulier leeg (Ctrl+L)</source>
        <translation>Maak het formulier leeg (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correctie annuleren</source>
        <translation>Correctie annuleren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eerdere bezoeken …</source>
        <translation>Eerdere bezoeken …</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Klaar voor een nieuwe bezoeker.</source>
        <extracomment>The dynamic property that gives a label the accessible role &quot;status&quot; (a live region).</extracomment>
        <translation>Klaar voor een nieuwe bezoeker.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Ongedaan maken</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Zoek een eerder bezoek om het te corrigeren of niet mee te tellen (Ctrl+H)</source>
        <translation>Zoek een eerder bezoek om het te corrigeren of niet mee te tellen (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maak het laatst opgeslagen bezoek ongedaan (Ctrl+Z)</source>
        <translation>Maak het laatst opgeslagen bezoek ongedaan (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>U corrigeert het bezoek van {when}. Opslaan vervangt het; het origineel blijft bewaard.</source>
        <translation>U corrigeert het bezoek van {when}. Opslaan vervangt het; het origineel blijft bewaard.</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../ui/planning/side_lists.py" line="+98"/>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tijdstip</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waarom</source>
        <translation>Waarom</translation>
    </message>
</context>
<context>
    <name>BookingEditor</name>
    <message>
        <location filename="../../ui/planning/booking_editor.py" line="+85"/>
        <source>Nieuwe afspraak</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afspraak</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op de wachtlijst zetten</source>
        <translation>Op de wachtlijst zetten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>bijv. 06 12345678</source>
        <translation>bijv. 06 12345678</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>E-mail (mag leeg)</source>
        <translation>E-mail (mag leeg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opmerking</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geen BSN, geen machtigingscode, geen bankgegevens</source>
        <translation>Geen BSN, geen machtigingscode, geen bankgegevens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reden om extra in te plannen</source>
        <translation>Reden om extra in te plannen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doel van het bezoek</source>
        <translation>Doel van het bezoek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat meenemen</source>
        <translation>Wat meenemen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Inloop</source>
        <translation>&amp;Inloop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>zonder afspraak: alleen de naam is nodig</source>
        <translation>zonder afspraak: alleen de naam is nodig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Naam</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefoon</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Doel</source>
        <translation>&amp;Doel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Meenemen</source>
        <translation>&amp;Meenemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opmerking</source>
        <translation>&amp;Opmerking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reden extra</source>
        <translation>&amp;Reden extra</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Opslaan  (Enter)</source>
        <translation>Opslaan  (Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sluiten (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ &amp;Verschenen</source>
        <translation>✓ &amp;Verschenen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ Niet versc&amp;henen</source>
        <translation>✗ Niet versc&amp;henen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⊘ Afspraak &amp;annuleren</source>
        <translation>⊘ Afspraak &amp;annuleren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afspraak&amp;briefje …</source>
        <translation>Afspraak&amp;briefje …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afspraakbriefje voor de burger afdrukken (Ctrl+P)</source>
        <translation>Afspraakbriefje voor de burger afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Status: {state}</source>
        <translation>Status: {state}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mag leeg bij inloop</source>
        <translation>mag leeg bij inloop</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bezig met opslaan …</source>
        <translation>Bezig met opslaan …</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>✖ Niet opgeslagen: verbeter wat hierboven staat.</source>
        <translation>✖ Niet opgeslagen: verbeter wat hierboven staat.</translation>
    </message>
</context>
<context>
    <name>ChoiceGroup</name>
    <message>
        <location filename="../../ui/choices.py" line="+141"/>
        <source>Meerdere antwoorden mogelijk. Pijltjes: naar een ander antwoord. </source>
        <translation>Meerdere antwoorden mogelijk. Pijltjes: naar een ander antwoord. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spatie: aan of uit.</source>
        <translation>Spatie: aan of uit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eén antwoord. Pijltjes: naar een ander antwoord. Spatie: kiezen.</source>
        <translation>Eén antwoord. Pijltjes: naar een ander antwoord. Spatie: kiezen.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../ui/cli.py" line="+74"/>
        <source>in de sleutelbos van het besturingssysteem</source>
        <translation>in de sleutelbos van het besturingssysteem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in een bestand dat alleen deze gebruiker kan lezen</source>
        <translation>in een bestand dat alleen deze gebruiker kan lezen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>IDO Kiosk: synchroniseren met de centrale server.</source>
        <translation>IDO Kiosk: synchroniseren met de centrale server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>koppel deze balie met een koppelcode</source>
        <translation>koppel deze balie met een koppelcode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>adres, bv. https://sync.example.org</source>
        <translation>adres, bv. https://sync.example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>de eenmalige koppelcode</source>
        <translation>de eenmalige koppelcode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>naam van deze balie (standaard: de ingestelde balie)</source>
        <translation>naam van deze balie (standaard: de ingestelde balie)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>balie of lopend IDO</source>
        <translation>balie of lopend IDO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verstuur en haal op</source>
        <translation>verstuur en haal op</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>één keer, dan stoppen</source>
        <translation>één keer, dan stoppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>toon de stand van de synchronisatie</source>
        <translation>toon de stand van de synchronisatie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>als JSON (voor scripts)</source>
        <translation>als JSON (voor scripts)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exporteer de wijzigingen die de server niet aannam, voor de ondersteuning</source>
        <translation>exporteer de wijzigingen die de server niet aannam, voor de ondersteuning</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>het JSON-bestand</source>
        <translation>het JSON-bestand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>alle wijzigingen, ook de verzonden</source>
        <translation>alle wijzigingen, ook de verzonden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bied tegengehouden wijzigingen opnieuw aan</source>
        <translation>bied tegengehouden wijzigingen opnieuw aan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>alleen deze volgnummers (uit de export)</source>
        <translation>alleen deze volgnummers (uit de export)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vernieuw nu de sleutel van deze balie</source>
        <translation>vernieuw nu de sleutel van deze balie</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Gekoppeld als {name}: vestiging {branch} ({branch_id}), apparaat {device}. De sleutel staat {where}.</source>
        <translation>Gekoppeld als {name}: vestiging {branch} ({branch_id}), apparaat {device}. De sleutel staat {where}.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_status.py" line="+20"/>
        <source>nog nooit</source>
        <translation>nog nooit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gekoppeld aan: {branch} ({branch_id}), apparaat {device}, server {server}</source>
        <translation>Gekoppeld aan: {branch} ({branch_id}), apparaat {device}, server {server}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Niet gekoppeld aan een centrale server.</source>
        <translation>Niet gekoppeld aan een centrale server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog te versturen: {waiting}; bevestigd: {acked}; geweigerd: {rejected}; conflict: {conflicted}; tegengehouden: {quarantined}</source>
        <translation>Nog te versturen: {waiting}; bevestigd: {acked}; geweigerd: {rejected}; conflict: {conflicted}; tegengehouden: {quarantined}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Laatst gelukt: {time}</source>
        <translation>Laatst gelukt: {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (klok wijkt te veel af: waarschuw de ICT-afdeling)</source>
        <translation> (klok wijkt te veel af: waarschuw de ICT-afdeling)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Klokverschil met de server: {seconds} s</source>
        <translation>Klokverschil met de server: {seconds} s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ontvangen maar niet verwerkt: {n}</source>
        <translation>Ontvangen maar niet verwerkt: {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gepauzeerd: {reason}</source>
        <translation>Gepauzeerd: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Volgende poging: {time}</source>
        <translation>Volgende poging: {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Laatste melding: {text}</source>
        <translation>Laatste melding: {text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nieuwe versie beschikbaar: {advice}</source>
        <translation>Nieuwe versie beschikbaar: {advice}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Downloaden: {url}</source>
        <translation>Downloaden: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/cli_report.py" line="+40"/>
        <source>exporteer de vragen van een periode naar Excel (.xlsx) of CSV</source>
        <translation>exporteer de vragen van een periode naar Excel (.xlsx) of CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>eerste dag, 2026-01-01</source>
        <translation>eerste dag, 2026-01-01</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>laatste dag, 2026-03-31</source>
        <translation>laatste dag, 2026-03-31</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deze dag, week, maand, kwartaal of dit jaar</source>
        <translation>deze dag, week, maand, kwartaal of dit jaar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>de vorige periode (met --period)</source>
        <translation>de vorige periode (met --period)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>een .xlsx- of .csv-bestand</source>
        <translation>een .xlsx- of .csv-bestand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>taal van het bestand (standaard nl)</source>
        <translation>taal van het bestand (standaard nl)</translation>
    </message>
    <message>
        <location filename="../../ui/cli_diagnostics.py" line="+31"/>
        <source>maak een zip-bestand voor de helpdesk (zonder persoonsgegevens)</source>
        <translation>maak een zip-bestand voor de helpdesk (zonder persoonsgegevens)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>een .zip-bestand</source>
        <translation>een .zip-bestand</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kies een bestand dat eindigt op .zip.</source>
        <translation>Kies een bestand dat eindigt op .zip.</translation>
    </message>
    <message>
        <location filename="../../ui/cli_backup.py" line="+32"/>
        <source>maak nu een reservekopie van de gegevens (de nieuwste worden bewaard)</source>
        <translation>maak nu een reservekopie van de gegevens (de nieuwste worden bewaard)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Er ging iets mis. Details staan in {path}.</source>
        <translation>Er ging iets mis. Details staan in {path}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Er zijn nog geen gegevens op deze pc: er is geen reservekopie gemaakt.</source>
        <translation>Er zijn nog geen gegevens op deze pc: er is geen reservekopie gemaakt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>De schijf is vol: er is geen reservekopie gemaakt. Eerdere reservekopieën zijn bewaard.</source>
        <translation>De schijf is vol: er is geen reservekopie gemaakt. Eerdere reservekopieën zijn bewaard.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De reservekopie kon niet worden geschreven in {folder}. Eerdere reservekopieën zijn bewaard.</source>
        <translation>De reservekopie kon niet worden geschreven in {folder}. Eerdere reservekopieën zijn bewaard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reservekopie gemaakt: {path}</source>
        <translation>Reservekopie gemaakt: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De gegevens op deze pc zijn beschadigd: er is geen reservekopie gemaakt. Start IDO Kiosk: de app zet dan de laatste goede reservekopie terug.</source>
        <translation>De gegevens op deze pc zijn beschadigd: er is geen reservekopie gemaakt. Start IDO Kiosk: de app zet dan de laatste goede reservekopie terug.</translation>
    </message>
</context>
<context>
    <name>CliPlurals</name>
    <message numerus="yes">
        <location filename="../../ui/cli.py" line="-160"/>
        <source>%n wijzigingen worden opnieuw aangeboden.</source>
        <translation>
            <numerusform>%n wijziging wordt opnieuw aangeboden.</numerusform>
            <numerusform>%n wijzigingen worden opnieuw aangeboden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n wijzigingen opgeslagen in {path}</source>
        <translation>
            <numerusform>%n wijziging opgeslagen in {path}</numerusform>
            <numerusform>%n wijzigingen opgeslagen in {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosureModel</name>
    <message>
        <location filename="../../ui/planning/closures_tab.py" line="+31"/>
        <source>Dag</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reden</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>ClosuresTab</name>
    <message>
        <location line="+20"/>
        <source>Sluitingsdagen</source>
        <translation>Sluitingsdagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bijv. Verbouwing</source>
        <translation>bijv. Verbouwing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sluitingsdag toevoegen</source>
        <translation>Sluitingsdag toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verwijderen</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feestdagen (Pasen, Koningsdag, Hemelvaart, Pinksteren …) gaan vanzelf.</source>
        <translation>Feestdagen (Pasen, Koningsdag, Hemelvaart, Pinksteren …) gaan vanzelf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;ag</source>
        <translation>D&amp;ag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reden</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>✔ Gesloten op {day}.</source>
        <translation>✔ Gesloten op {day}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✔ Sluitingsdag verwijderd.</source>
        <translation>✔ Sluitingsdag verwijderd.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="+21"/>
        <source>Er ging iets onverwachts mis. Uw opgeslagen registraties zijn veilig.

De fout is vastgelegd voor de ICT-afdeling (crash.log). Probeer het opnieuw; blijft het misgaan, start IDO Kiosk dan opnieuw.</source>
        <extracomment>The Dutch source; :func:`message` gives it in the chosen language.</extracomment>
        <translation>Er ging iets onverwachts mis. Uw opgeslagen registraties zijn veilig.

De fout is vastgelegd voor de ICT-afdeling (crash.log). Probeer het opnieuw; blijft het misgaan, start IDO Kiosk dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>DayModel</name>
    <message>
        <location filename="../../ui/day_list.py" line="+29"/>
        <source>Telt niet mee</source>
        <translation>Telt niet mee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gecorrigeerd</source>
        <translation>Gecorrigeerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>telling</source>
        <translation>telling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correctie</source>
        <translation>correctie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tijd</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vragen</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>verzonden</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nog niet verzonden</source>
        <translation>nog niet verzonden</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location line="+120"/>
        <source>Vandaag: nog geen bezoeken</source>
        <translation>Vandaag: nog geen bezoeken</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Aantal vandaag</source>
        <translation>Aantal vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bezoeken van vandaag</source>
        <translation>Bezoeken van vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Corrigeren</source>
        <translation>&amp;Corrigeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet &amp;meetellen …</source>
        <translation>Niet &amp;meetellen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het gekozen bezoek telt dan niet meer mee; het blijft wel in de lijst.</source>
        <translation>Het gekozen bezoek telt dan niet meer mee; het blijft wel in de lijst.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n bezoeken</source>
        <translation>
            <numerusform>%n bezoek</numerusform>
            <numerusform>%n bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n vragen</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Vandaag aan deze balie</source>
        <translation>Vandaag aan deze balie</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Vandaag: {visits}, {questions}</source>
        <translation>Vandaag: {visits}, {questions}</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../ui/window_desk.py" line="+251"/>
        <source>Registratie</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp</source>
        <translation>Belastinghulp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overzicht</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>IDO Kiosk afsluiten?</source>
        <translation>IDO Kiosk afsluiten?</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../../ui/diagnostics_export.py" line="+66"/>
        <source>Diagnose voor de helpdesk opslaan</source>
        <translation>Diagnose voor de helpdesk opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip-bestanden (*.zip)</source>
        <translation>Zip-bestanden (*.zip)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Diagnose opgeslagen in {path}. Notities en gegevens van bezoekers staan er niet in. Stuur dit bestand naar de helpdesk.</source>
        <translation>Diagnose opgeslagen in {path}. Notities en gegevens van bezoekers staan er niet in. Stuur dit bestand naar de helpdesk.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n stukjes tekst leken op persoonsgegevens en zijn onleesbaar gemaakt.</source>
        <translation>
            <numerusform>%n stukje tekst leek op persoonsgegevens en is onleesbaar gemaakt.</numerusform>
            <numerusform>%n stukjes tekst leken op persoonsgegevens en zijn onleesbaar gemaakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiskNotice</name>
    <message>
        <location filename="../../ui/disk_notice.py" line="+33"/>
        <source>⚠ De schijf is vol: wat u nu opslaat, wordt niet bewaard. Maak ruimte vrij of waarschuw de ICT-afdeling. Wat al was opgeslagen, is veilig.</source>
        <translation>⚠ De schijf is vol: wat u nu opslaat, wordt niet bewaard. Maak ruimte vrij of waarschuw de ICT-afdeling. Wat al was opgeslagen, is veilig.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/enroll_dialog.py" line="+45"/>
        <source>Vul het adres van de centrale server in.</source>
        <translation>Vul het adres van de centrale server in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het adres mag geen spaties bevatten.</source>
        <translation>Het adres mag geen spaties bevatten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voorbeeld: https://sync.voorbeeld.nl</source>
        <translation>Voorbeeld: https://sync.voorbeeld.nl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dit is geen geldig adres.</source>
        <translation>Dit is geen geldig adres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het adres moet beginnen met https://</source>
        <translation>Het adres moet beginnen met https://</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het adres mist de naam van de server.</source>
        <translation>Het adres mist de naam van de server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gebruik een beveiligd adres: het moet beginnen met https://</source>
        <translation>Gebruik een beveiligd adres: het moet beginnen met https://</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vul alleen het adres van de server in, zonder ?, # of een gebruikersnaam.</source>
        <translation>Vul alleen het adres van de server in, zonder ?, # of een gebruikersnaam.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+2"/>
        <source>Koppelen aan de centrale server</source>
        <translation>Koppelen aan de centrale server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Koppel deze balie eenmalig aan de centrale server. De ICT-afdeling geeft u het adres en een koppelcode (die is 15 minuten geldig en werkt één keer). Registraties die al op deze computer staan, worden daarna verstuurd.</source>
        <translation>Koppel deze balie eenmalig aan de centrale server. De ICT-afdeling geeft u het adres en een koppelcode (die is 15 minuten geldig en werkt één keer). Registraties die al op deze computer staan, worden daarna verstuurd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>https://sync.voorbeeld.nl</source>
        <translation>https://sync.voorbeeld.nl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bijv. K7QX-42MB</source>
        <translation>bijv. K7QX-42MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bijv. Balie 1</source>
        <translation>bijv. Balie 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vaste balie</source>
        <translation>Vaste balie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop, lopend IDO</source>
        <translation>Laptop, lopend IDO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Adres van de server</source>
        <translation>&amp;Adres van de server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koppel&amp;code</source>
        <translation>Koppel&amp;code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Naam van deze balie</source>
        <translation>&amp;Naam van deze balie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Soort</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Koppelen</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Vul de koppelcode in.</source>
        <translation>Vul de koppelcode in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vul de naam van deze balie in.</source>
        <translation>Vul de naam van deze balie in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bezig met koppelen …</source>
        <translation>Bezig met koppelen …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✔ Gekoppeld aan vestiging {branch}. De registraties worden nu verstuurd.</source>
        <translation>✔ Gekoppeld aan vestiging {branch}. De registraties worden nu verstuurd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help_dialog.py" line="+33"/>
        <source>Naar Registratie</source>
        <translation>Naar Registratie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naar Belastinghulp</source>
        <translation>Naar Belastinghulp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naar Overzicht: de cijfers van deze balie</source>
        <translation>Naar Overzicht: de cijfers van deze balie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naar het volgende / vorige veld of knop</source>
        <translation>Naar het volgende / vorige veld of knop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze hulp</source>
        <translation>Deze hulp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nu synchroniseren</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synchronisatie: wat is verstuurd en wat aandacht nodig heeft</source>
        <translation>Synchronisatie: wat is verstuurd en wat aandacht nodig heeft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scherm nu vergrendelen (als u de balie verlaat)</source>
        <translation>Scherm nu vergrendelen (als u de balie verlaat)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vragenlijst voor bezoekers (stoppen: Ctrl+Alt+Q en de pincode)</source>
        <translation>Vragenlijst voor bezoekers (stoppen: Ctrl+Alt+Q en de pincode)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instellingen</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koppelen met de server (ICT)</source>
        <translation>Koppelen met de server (ICT)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verlaat u de balie? Druk op Ctrl+Shift+L: namen en bezoeken gaan van het scherm. Na een tijd zonder toetsaanslag gebeurt dat vanzelf (Instellingen).</source>
        <translation>Verlaat u de balie? Druk op Ctrl+Shift+L: namen en bezoeken gaan van het scherm. Na een tijd zonder toetsaanslag gebeurt dat vanzelf (Instellingen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Typ nooit namen, BSN of telefoonnummers in een notitie: het programma weigert die.</source>
        <translation>Typ nooit namen, BSN of telefoonnummers in een notitie: het programma weigert die.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alles wordt eerst op deze computer bewaard en later verstuurd. Zonder internet werkt u gewoon door.</source>
        <translation>Alles wordt eerst op deze computer bewaard en later verstuurd. Zonder internet werkt u gewoon door.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hulp en sneltoetsen</source>
        <translation>Hulp en sneltoetsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typ een toets of een woord</source>
        <translation>Typ een toets of een woord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoeken in de sneltoetsen</source>
        <translation>Zoeken in de sneltoetsen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sneltoetsen</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toets</source>
        <translation>Toets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wat het doet</source>
        <translation>Wat het doet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dit scherm: {name}</source>
        <translation>Dit scherm: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit scherm heeft geen eigen sneltoetsen.</source>
        <translation>Dit scherm heeft geen eigen sneltoetsen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overal</source>
        <translation>Overal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>HelperModel</name>
    <message>
        <location filename="../../ui/planning/helpers_tab.py" line="+33"/>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisatie</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onderwerpen</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actief</source>
        <translation>Actief</translation>
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
        <translation>Kies een organisatie of typ een nieuwe naam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Onderwerpen</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actief</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nieuwe helper</source>
        <translation>Nieuwe helper</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helper opslaan</source>
        <translation>Helper opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naa&amp;m</source>
        <translation>Naa&amp;m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Onder&amp;werpen</source>
        <translation>Onder&amp;werpen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>✔ Helper {name} opgeslagen.</source>
        <translation>✔ Helper {name} opgeslagen.</translation>
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
        <translation>Eerdere bezoeken</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Onderwerp, hulp, notitie</source>
        <translation>Onderwerp, hulp, notitie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoek op onderwerp, organisatie, geboden hulp of de tekst van een notitie.</source>
        <translation>Zoek op onderwerp, organisatie, geboden hulp of de tekst van een notitie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoeken</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Periode</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Van</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tot en met</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t/m</source>
        <translation>t/m</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gevonden</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter: corrigeren</source>
        <translation>Enter: corrigeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waarom niet</source>
        <translation>Waarom niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Meer tonen</source>
        <translation>&amp;Meer tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Corrigeren</source>
        <translation>&amp;Corrigeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Niet meetellen …</source>
        <translation>&amp;Niet meetellen …</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>De nieuwste %n bezoeken. Er zijn er meer.</source>
        <translation>
            <numerusform>Het nieuwste bezoek. Er zijn er meer.</numerusform>
            <numerusform>De nieuwste %n bezoeken. Er zijn er meer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bezoeken gevonden.</source>
        <translation>
            <numerusform>%n bezoek gevonden.</numerusform>
            <numerusform>%n bezoeken gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Het bezoek van {visit} telt niet meer mee.</source>
        <translation>Het bezoek van {visit} telt niet meer mee.</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Het gekozen bezoek telt dan niet meer mee; het blijft wel in de lijst.</source>
        <translation>Het gekozen bezoek telt dan niet meer mee; het blijft wel in de lijst.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Geen bezoeken gevonden in deze periode.</source>
        <translation>Geen bezoeken gevonden in deze periode.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Ouder dan {days} dagen: vraag de teamleider.</source>
        <translation>Ouder dan {days} dagen: vraag de teamleider.</translation>
    </message>
    <message>
        <location filename="../../ui/history_model.py" line="+19"/>
        <source>Deze week</source>
        <extracomment>The periods to choose from, in the order shown: (key, Dutch words).</extracomment>
        <translation>Deze week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze maand</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorige maand</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eigen periode</source>
        <translation>Eigen periode</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location line="+5"/>
        <source>Gewoon</source>
        <translation>Gewoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gecorrigeerd</source>
        <translation>Gecorrigeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vervangen</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telt niet mee</source>
        <translation>Telt niet mee</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tijd</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vragen</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kanaal</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>nog niet verzonden</source>
        <translation>nog niet verzonden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>verzonden</source>
        <translation>verzonden</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/lock_screen.py" line="+269"/>
        <source>Het scherm is vergrendeld</source>
        <translation>Het scherm is vergrendeld</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Te vaak een verkeerde pincode. Wacht even en probeer het opnieuw.</source>
        <translation>Te vaak een verkeerde pincode. Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze pincode klopt niet. Probeer het opnieuw.</source>
        <translation>Deze pincode klopt niet. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location line="-253"/>
        <source>Het scherm is vergrendeld</source>
        <extracomment>Whether the Windows session can be locked instead of showing the app&apos;s own lock page. Wrong PINs in a row before the field waits a while. How long the field waits after too many wrong PINs. Input that counts as someone at the desk. Asks whether a PIN is right, off the GUI thread; calls back with the answer.</extracomment>
        <translation>Het scherm is vergrendeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pincode</source>
        <translation>&amp;Pincode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pincode</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ontgrendelen</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorgaan</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet afsluiten</source>
        <translation>Niet afsluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Typ de pincode van de medewerkers om verder te werken.</source>
        <translation>Typ de pincode van de medewerkers om verder te werken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Druk op Doorgaan om verder te werken.</source>
        <translation>Druk op Doorgaan om verder te werken.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+107"/>
        <location line="+269"/>
        <source>IDO Kiosk – registratie Informatiepunt Digitale Overheid</source>
        <translation>IDO Kiosk – registratie Informatiepunt Digitale Overheid</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+250"/>
        <source>IDO Kiosk wordt geopend …</source>
        <translation>IDO Kiosk wordt geopend …</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>De gegevens konden niet worden geopend. Waarschuw de ICT-afdeling; details staan in het logbestand.</source>
        <translation>De gegevens konden niet worden geopend. Waarschuw de ICT-afdeling; details staan in het logbestand.</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+145"/>
        <source>Nog niet ingesteld</source>
        <translation>Nog niet ingesteld</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../ui/overview/charts.py" line="+82"/>
        <source>{first} en {last}</source>
        <translation>{first} en {last}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{title}: het meest {top}.</source>
        <translation>{title}: het meest {top}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+78"/>
        <source>{title}: niets in deze periode.</source>
        <translation>{title}: niets in deze periode.</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+43"/>
        <source>Dag</source>
        <translation>Dag</translation>
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
        <translation>Maand</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+28"/>
        <location line="+39"/>
        <source>Bezoeken</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+67"/>
        <source>Vragen</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+144"/>
        <location line="+9"/>
        <source>Aantal</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Bezoeken en vragen per {bucket}</source>
        <translation>Bezoeken en vragen per {bucket}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Het drukst: {bucket} ({visits}).</source>
        <translation>Het drukst: {bucket} ({visits}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drukte per dag en uur</source>
        <translation>Drukte per dag en uur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uur</source>
        <translation>Uur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Uur (begin van het bezoek)</source>
        <translation>Uur (begin van het bezoek)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title}: het drukst op {day} om {hour} ({visits}).</source>
        <translation>{title}: het drukst op {day} om {hour} ({visits}).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Afspraken</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title}: nog geen afspraken.</source>
        <translation>{title}: nog geen afspraken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{title}: {total} afspraken ({parts}).</source>
        <translation>{title}: {total} afspraken ({parts}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Belastinghulp per week</source>
        <translation>Belastinghulp per week</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Belastinghulp per helper</source>
        <translation>Belastinghulp per helper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helper</source>
        <translation>Helper</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Belastinghulp per organisatie</source>
        <translation>Belastinghulp per organisatie</translation>
    </message>
    <message>
        <location line="-231"/>
        <location line="+232"/>
        <source>Organisatie</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Onderwerpen</source>
        <extracomment>A catalogue label in the current language: ``label(list_name, code)``. The charts of the code lists: (figures field, catalogue list, title, category, per visit).</extracomment>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onderwerp</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisaties</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soort vraag</source>
        <translation>Soort vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geboden hulp</source>
        <translation>Geboden hulp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Doorverwezen naar</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Kanaal</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Duur</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoe ingevoerd</source>
        <translation>Hoe ingevoerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoer</source>
        <translation>Invoer</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>Wachtlijst Belastinghulp</source>
        <translation>Wachtlijst Belastinghulp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Op de wachtlijst</source>
        <translation>Op de wachtlijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daarvan een afspraak gekregen</source>
        <translation>Daarvan een afspraak gekregen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Wachtlijst</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{title}: {served} van de {total} geholpen.</source>
        <translation>{title}: {served} van de {total} geholpen.</translation>
    </message>
    <message>
        <location filename="../../ui/overview/texts.py" line="+26"/>
        <source>Vandaag</source>
        <extracomment>Qt&apos;s translation, by the name ``lupdate`` knows: ``translate(&quot;Overview&quot;, &quot;Dag&quot;)``.</extracomment>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gisteren</source>
        <translation>Gisteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorige week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze maand</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorige maand</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit kwartaal</source>
        <translation>Dit kwartaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorig kwartaal</source>
        <translation>Vorig kwartaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit jaar</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorig jaar</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zelf kiezen …</source>
        <translation>Zelf kiezen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deze balie is niet gekoppeld aan de server. U ziet de cijfers van deze balie.</source>
        <extracomment>Why the branch&apos;s figures are not shown, per :class:`sync.branch_figures` code.</extracomment>
        <translation>Deze balie is niet gekoppeld aan de server. U ziet de cijfers van deze balie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Geen verbinding met de server. U ziet de cijfers van deze balie.</source>
        <translation>Geen verbinding met de server. U ziet de cijfers van deze balie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De vestiging telt per hele maand. Kies een maand, kwartaal of jaar; u ziet nu de cijfers van deze balie.</source>
        <translation>De vestiging telt per hele maand. Kies een maand, kwartaal of jaar; u ziet nu de cijfers van deze balie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De server laat deze balie niet meer toe. Waarschuw de ICT-afdeling; u ziet de cijfers van deze balie.</source>
        <translation>De server laat deze balie niet meer toe. Waarschuw de ICT-afdeling; u ziet de cijfers van deze balie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De server gaf geen bruikbaar antwoord. Probeer het later opnieuw; u ziet de cijfers van deze balie.</source>
        <translation>De server gaf geen bruikbaar antwoord. Probeer het later opnieuw; u ziet de cijfers van deze balie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Direct ingevoerd</source>
        <extracomment>How a visit was entered (:data:`kiosk.overview.figures.ENTRIES`).</extracomment>
        <translation>Direct ingevoerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turflijst</source>
        <translation>Turflijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later ingevoerd</source>
        <translation>Later ingevoerd</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n bezoeken</source>
        <translation>
            <numerusform>%n bezoek</numerusform>
            <numerusform>%n bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n vragen</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
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
        <translation>cijfers tot {moment}</translation>
    </message>
    <message>
        <location filename="../../ui/overview/print.py" line="+92"/>
        <location line="+23"/>
        <source>Overzicht</source>
        <extracomment>The drawings&apos; width on paper, in layout pixels (A4 less the margins, at 96 dpi).</extracomment>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afgedrukt {moment}</source>
        <translation>Afgedrukt {moment}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overzicht afdrukken</source>
        <translation>Overzicht afdrukken</translation>
    </message>
    <message>
        <location filename="../../ui/overview/survey_charts.py" line="+25"/>
        <source>Niet beantwoord</source>
        <translation>Niet beantwoord</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Antwoord</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bezoekers</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{title} Niet beantwoord: {skipped}.</source>
        <translation>{title} Niet beantwoord: {skipped}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} Het meest: {top}. Niet beantwoord: {skipped}.</source>
        <translation>{title} Het meest: {top}. Niet beantwoord: {skipped}.</translation>
    </message>
</context>
<context>
    <name>OverviewExport</name>
    <message>
        <location filename="../../ui/overview/export.py" line="+42"/>
        <source>Overzicht exporteren</source>
        <translation>Overzicht exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ido-overzicht</source>
        <translation>ido-overzicht</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview/page.py" line="+186"/>
        <source>&amp;Afdrukken …</source>
        <translation>&amp;Afdrukken …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afdrukken of als pdf bewaren (Ctrl+P)</source>
        <translation>Afdrukken of als pdf bewaren (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xporteren …</source>
        <translation>E&amp;xporteren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De vragen van deze periode als Excel- of CSV-bestand (Ctrl+E)</source>
        <translation>De vragen van deze periode als Excel- of CSV-bestand (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Grafieken</source>
        <translation>&amp;Grafieken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grafieken</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tabel</source>
        <translation>&amp;Tabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De cijfers als tabel, of weer de grafiek (Ctrl+T)</source>
        <translation>De cijfers als tabel, of weer de grafiek (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De tabel kopiëren, om in een rekenblad te plakken (Ctrl+C)</source>
        <translation>De tabel kopiëren, om in een rekenblad te plakken (Ctrl+C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cijfers van de grafiek</source>
        <translation>Cijfers van de grafiek</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Periode kiezen</source>
        <translation>Periode kiezen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze balie of de hele vestiging</source>
        <translation>Deze balie of de hele vestiging</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naar de lijst met grafieken (pijltjes: een andere grafiek)</source>
        <translation>Naar de lijst met grafieken (pijltjes: een andere grafiek)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tabel of grafiek</source>
        <translation>Tabel of grafiek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De tabel kopiëren (plakken in een rekenblad)</source>
        <translation>De tabel kopiëren (plakken in een rekenblad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afdrukken of als pdf bewaren</source>
        <translation>Afdrukken of als pdf bewaren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporteren naar Excel of CSV</source>
        <translation>Exporteren naar Excel of CSV</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>De cijfers worden geteld. De eerste keer kan dit even duren …</source>
        <translation>De cijfers worden geteld. De eerste keer kan dit even duren …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Overzicht</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De cijfers worden geteld …</source>
        <translation>De cijfers worden geteld …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hele vestiging</source>
        <translation>Hele vestiging</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deze balie</source>
        <translation>Deze balie</translation>
    </message>
    <message>
        <location filename="../../ui/overview/drawing.py" line="+115"/>
        <source>Niets te tellen in deze periode.</source>
        <extracomment>A drawing&apos;s key: the chart&apos;s key, a digest of its specification, its size and language. How many drawings are kept (some 20 KB each): the charts of a dozen periods.</extracomment>
        <translation>Niets te tellen in deze periode.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>De grafiek wordt getekend …</source>
        <translation>De grafiek wordt getekend …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deze grafiek kon niet worden getekend; de tabel heeft de cijfers.</source>
        <translation>Deze grafiek kon niet worden getekend; de tabel heeft de cijfers.</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../ui/overview/controls.py" line="+79"/>
        <source>&amp;Periode</source>
        <extracomment>How long the dates of a range of one&apos;s own stay still before the figures are read again.</extracomment>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Van</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t/&amp;m</source>
        <translation>t/&amp;m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eerste dag</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatste dag</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cijfers van</source>
        <translation>&amp;Cijfers van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze balie</source>
        <translation>Deze balie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hele vestiging</source>
        <translation>Hele vestiging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De hele vestiging: alle balies samen, van de server (alleen met verbinding).</source>
        <translation>De hele vestiging: alle balies samen, van de server (alleen met verbinding).</translation>
    </message>
</context>
<context>
    <name>PlanningGridView</name>
    <message>
        <location filename="../../ui/planning/grid_view.py" line="+119"/>
        <source>Planning Belastinghulp</source>
        <extracomment>Keys that only move the cursor when pressed alone: straight to QTableView, no checks.</extracomment>
        <translation>Planning Belastinghulp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rijen zijn dag en tijd, kolommen zijn de helpers. Enter of een letter typen op een vrije plek boekt; F2 opent; Delete annuleert; Ctrl+X en Ctrl+V verplaatsen; Ctrl+C en Ctrl+V kopiëren. Pijltjes bewegen in het rooster; Tab of Ctrl+Tab gaat naar het volgende onderdeel, Shift+Tab of Ctrl+Shift+Tab naar het vorige.</source>
        <translation>Rijen zijn dag en tijd, kolommen zijn de helpers. Enter of een letter typen op een vrije plek boekt; F2 opent; Delete annuleert; Ctrl+X en Ctrl+V verplaatsen; Ctrl+C en Ctrl+V kopiëren. Pijltjes bewegen in het rooster; Tab of Ctrl+Tab gaat naar het volgende onderdeel, Shift+Tab of Ctrl+Shift+Tab naar het vorige.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pijltjes: bewegen · Enter: boeken · F2: openen · Ctrl+F: zoeken · Ctrl+Tab / Ctrl+Shift+Tab: het rooster verlaten</source>
        <translation>Pijltjes: bewegen · Enter: boeken · F2: openen · Ctrl+F: zoeken · Ctrl+Tab / Ctrl+Shift+Tab: het rooster verlaten</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../../ui/planning/page_build.py" line="+64"/>
        <source>Seizoen</source>
        <extracomment>The side column&apos;s width in average characters (at least; the widest button and the tab texts may ask for more). The side column takes at most this part of the page&apos;s width (at 200 % text on a small window its tabs then scroll sideways instead of squeezing the grid away).</extracomment>
        <translation>Seizoen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter op helper</source>
        <translation>Filter op helper</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter op organisatie</source>
        <translation>Filter op organisatie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seizoen en rooster …</source>
        <translation>Seizoen en rooster …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seizoen, helpers, weekrooster en sluitingsdagen (Ctrl+Shift+T)</source>
        <translation>Seizoen, helpers, weekrooster en sluitingsdagen (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daglijst …</source>
        <translation>Daglijst …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daglijst afdrukken (Ctrl+Shift+P)</source>
        <translation>Daglijst afdrukken (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uitwisselen …</source>
        <translation>Uitwisselen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rooster of afspraken importeren en exporteren (Ctrl+E)</source>
        <translation>Rooster of afspraken importeren en exporteren (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+197"/>
        <location filename="../../ui/planning/planning_page.py" line="+368"/>
        <source>Details verbergen</source>
        <translation>Details verbergen</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Het zijpaneel met details tonen of verbergen (Ctrl+D)</source>
        <translation>Het zijpaneel met details tonen of verbergen (Ctrl+D)</translation>
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
        <translation>Alleen één helper of één organisatie tonen (Alt+H, Alt+O)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Seizoen</source>
        <translation>&amp;Seizoen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>◷ voorlopig  ✓ verschenen  ✗ niet verschenen  ⚠ conflict  ⊘ gesloten</source>
        <translation>◷ voorlopig  ✓ verschenen  ✗ niet verschenen  ⚠ conflict  ⊘ gesloten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>◷ voorlopig: de afspraak is nog niet bevestigd</source>
        <translation>◷ voorlopig: de afspraak is nog niet bevestigd</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+113"/>
        <source>&amp;Aandacht</source>
        <translation>&amp;Aandacht</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Het tijdstip onder de cursor en zijn afspraken</source>
        <translation>Het tijdstip onder de cursor en zijn afspraken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afspraken die het centrale rooster niet kon opslaan</source>
        <translation>Afspraken die het centrale rooster niet kon opslaan</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>⚠ &amp;Aandacht (99)</source>
        <translation>⚠ &amp;Aandacht (99)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>De taal is gewijzigd.</source>
        <translation>De taal is gewijzigd.</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>&amp;Helper</source>
        <translation>&amp;Helper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../ui/planning/page_loading.py" line="+107"/>
        <source>De planning wordt geladen …</source>
        <translation>De planning wordt geladen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dit tijdstip</source>
        <translation>&amp;Dit tijdstip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wachtlijst</source>
        <translation>&amp;Wachtlijst</translation>
    </message>
    <message>
        <location filename="../../ui/planning/page_loading.py" line="-28"/>
        <source>Alle helpers</source>
        <translation>Alle helpers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alle organisaties</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <location filename="../../ui/planning/page_build.py" line="+114"/>
        <source>⚠ &amp;Aandacht ({n})</source>
        <translation>⚠ &amp;Aandacht ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/planning/page_loading.py" line="+15"/>
        <source>Er is nog geen seizoen. Kies Seizoen en rooster (Ctrl+Shift+T).</source>
        <translation>Er is nog geen seizoen. Kies Seizoen en rooster (Ctrl+Shift+T).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit seizoen heeft nog geen tijden. Maak een rooster (Ctrl+Shift+T) en genereer.</source>
        <translation>Dit seizoen heeft nog geen tijden. Maak een rooster (Ctrl+Shift+T) en genereer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter of een letter typen op een vrije plek maakt een afspraak.</source>
        <translation>Enter of een letter typen op een vrije plek maakt een afspraak.</translation>
    </message>
    <message>
        <location filename="../../ui/planning/page_build.py" line="-7"/>
        <source>Filter (aan)</source>
        <translation>Filter (aan)</translation>
    </message>
    <message>
        <location filename="../../ui/planning/planning_page.py" line="-109"/>
        <source>✖ {what} lukte niet: {error}</source>
        <translation>✖ {what} lukte niet: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/planning/page_build.py" line="+21"/>
        <location filename="../../ui/planning/planning_page.py" line="+109"/>
        <source>Details tonen</source>
        <translation>Details tonen</translation>
    </message>
</context>
<context>
    <name>PluralWords</name>
    <message>
        <location filename="../../ui/sync_status.py" line="+217"/>
        <source>Nog niet verzonden: {what}</source>
        <translation>Nog niet verzonden: {what}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n bezoeken</source>
        <translation>
            <numerusform>%n bezoek</numerusform>
            <numerusform>%n bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n afspraken</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n andere wijzigingen</source>
        <translation>
            <numerusform>%n andere wijziging</numerusform>
            <numerusform>%n andere wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>meer dan {n} wijzigingen</source>
        <translation>meer dan {n} wijzigingen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n wijzigingen opgeslagen in {path}</source>
        <translation>
            <numerusform>%n wijziging opgeslagen in {path}</numerusform>
            <numerusform>%n wijzigingen opgeslagen in {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../ui/sync_problems.py" line="+172"/>
        <source>Vastgelegd</source>
        <extracomment>The tone of each state&apos;s text (:class:`ui.table_model.RowsModel` gives the theme&apos;s colour); the words say it too. Set aside and received keep the ordinary text colour.</extracomment>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wijziging</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reden</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../ui/question_editor.py" line="+103"/>
        <source>Organisatie</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andere organisatie</source>
        <translation>Andere organisatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DigiD-vervolg</source>
        <translation>DigiD-vervolg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geboden hulp</source>
        <translation>Geboden hulp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorverwezen naar</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Korte notitie, zonder namen, BSN, telefoon of adres (mag leeg)</source>
        <translation>Korte notitie, zonder namen, BSN, telefoon of adres (mag leeg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notitie</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zonder namen, BSN, telefoon of adres: de registratie is anoniem.</source>
        <translation>Zonder namen, BSN, telefoon of adres: de registratie is anoniem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Onder&amp;werp</source>
        <translation>Onder&amp;werp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DigiD-vervol&amp;g</source>
        <translation>DigiD-vervol&amp;g</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geboden &amp;hulp (meer antwoorden mogelijk)</source>
        <translation>Geboden &amp;hulp (meer antwoorden mogelijk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorverwezen &amp;naar</source>
        <translation>Doorverwezen &amp;naar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notit&amp;ie (mag leeg; geen namen, BSN, telefoon of adres)</source>
        <translation>Notit&amp;ie (mag leeg; geen namen, BSN, telefoon of adres)</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+49"/>
        <source>Andere …</source>
        <translation>Andere …</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <location filename="../../ui/registration/form.py" line="+39"/>
        <source>Opslaan (ook Ctrl+S)</source>
        <translation>Opslaan (ook Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog een vraag in dit bezoek</source>
        <translation>Nog een vraag in dit bezoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herhaal het vorige bezoek (daarna Ctrl+Enter)</source>
        <translation>Herhaal het vorige bezoek (daarna Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formulier leegmaken</source>
        <translation>Formulier leegmaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatst opgeslagen bezoek ongedaan maken</source>
        <translation>Laatst opgeslagen bezoek ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eerdere bezoeken zoeken en corrigeren</source>
        <translation>Eerdere bezoeken zoeken en corrigeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gekozen bezoek van vandaag corrigeren</source>
        <translation>Gekozen bezoek van vandaag corrigeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naar het onderdeel met de onderstreepte letter</source>
        <translation>Naar het onderdeel met de onderstreepte letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgend / vorig onderdeel</source>
        <translation>Volgend / vorig onderdeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binnen een groep knoppen of in een lijst bewegen</source>
        <translation>Binnen een groep knoppen of in een lijst bewegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pijltjes</source>
        <translation>Pijltjes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knop kiezen</source>
        <translation>Knop kiezen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spatie / Enter</source>
        <translation>Spatie / Enter</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Er is nog geen vorig bezoek om te herhalen.</source>
        <translation>Er is nog geen vorig bezoek om te herhalen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vorig bezoek ingevuld (overgenomen): controleer en sla op met Ctrl+Enter.</source>
        <translation>Vorig bezoek ingevuld (overgenomen): controleer en sla op met Ctrl+Enter.</translation>
    </message>
</context>
<context>
    <name>RegistrationFrame</name>
    <message>
        <location filename="../../ui/registration/frame.py" line="+148"/>
        <source>Vragen in dit bezoek</source>
        <extracomment>Below this width (logical pixels) today&apos;s list folds away by itself.</extracomment>
        <translation>Vragen in dit bezoek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vraag {n}</source>
        <translation>Vraag {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vraag {n} sluiten</source>
        <translation>Vraag {n} sluiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>◂ Vandaag</source>
        <translation>◂ Vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toon de bezoeken van vandaag</source>
        <translation>Toon de bezoeken van vandaag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vandaag ▸</source>
        <translation>Vandaag ▸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verberg de bezoeken van vandaag</source>
        <translation>Verberg de bezoeken van vandaag</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../../ui/registration_page.py" line="+197"/>
        <source>Correctie van het bezoek opgeslagen ({total}).</source>
        <translation>Correctie van het bezoek opgeslagen ({total}).</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>vandaag %n bezoeken</source>
        <extracomment>How long &quot;Ongedaan maken&quot; stays offered after a save (or until the next save).</extracomment>
        <translation>
            <numerusform>vandaag %n bezoek</numerusform>
            <numerusform>vandaag %n bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n bezoeken van {time} opgeslagen ({total}).</source>
        <translation>
            <numerusform>%n bezoek van {time} opgeslagen ({total}).</numerusform>
            <numerusform>%n bezoeken van {time} opgeslagen ({total}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bezoek van {time} opgeslagen ({total}).</source>
        <translation>Bezoek van {time} opgeslagen ({total}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wat u hebt ingevuld, blijft staan.</source>
        <translation>Wat u hebt ingevuld, blijft staan.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Er is geen opgeslagen bezoek om ongedaan te maken.</source>
        <translation>Er is geen opgeslagen bezoek om ongedaan te maken.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bezoek van {time} ongedaan gemaakt: het telt niet meer mee. Wat u nu invult, blijft staan.</source>
        <translation>Bezoek van {time} ongedaan gemaakt: het telt niet meer mee. Wat u nu invult, blijft staan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bezoek van {time} ongedaan gemaakt: het telt niet meer mee. Pas het aan en sla opnieuw op.</source>
        <translation>Bezoek van {time} ongedaan gemaakt: het telt niet meer mee. Pas het aan en sla opnieuw op.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dit bezoek bestaat niet (meer).</source>
        <translation>Dit bezoek bestaat niet (meer).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pas aan wat niet klopte en sla op.</source>
        <translation>Pas aan wat niet klopte en sla op.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Eerdere bezoeken zijn hier nog niet te zien.</source>
        <extracomment>The day list&apos;s &quot;Corrigeren&quot; (kept under its old name for callers).</extracomment>
        <translation>Eerdere bezoeken zijn hier nog niet te zien.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>✔ Bezoek van {d} telt niet meer mee.</source>
        <translation>✔ Bezoek van {d} telt niet meer mee.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Bezig met opslaan …</source>
        <translation>Bezig met opslaan …</translation>
    </message>
</context>
<context>
    <name>RepairNotice</name>
    <message>
        <location filename="../../ui/self_repair.py" line="+54"/>
        <source>De gegevens op deze pc waren beschadigd. We hebben de reservekopie van {moment} teruggezet.</source>
        <extracomment>The first backup waits until the desk has settled after start (milliseconds). How often the app checks whether a new day&apos;s backup is due (milliseconds).</extracomment>
        <translation>De gegevens op deze pc waren beschadigd. We hebben de reservekopie van {moment} teruggezet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registraties die al verzonden waren, staan veilig op de server. Wat nog niet verzonden was, is bewaard als dat kon en wordt vanzelf verzonden.</source>
        <translation>Registraties die al verzonden waren, staan veilig op de server. Wat nog niet verzonden was, is bewaard als dat kon en wordt vanzelf verzonden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>U hoeft niets te doen. Meld het wel aan de ICT-helpdesk.</source>
        <translation>U hoeft niets te doen. Meld het wel aan de ICT-helpdesk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De gegevens op deze pc waren beschadigd, en er was geen goede reservekopie. De app begint opnieuw met lege gegevens.</source>
        <translation>De gegevens op deze pc waren beschadigd, en er was geen goede reservekopie. De app begint opnieuw met lege gegevens.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registraties die al verzonden waren, staan veilig op de server. Het beschadigde bestand is bewaard.</source>
        <translation>Registraties die al verzonden waren, staan veilig op de server. Het beschadigde bestand is bewaard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waarschuw de ICT-helpdesk: deze pc moet misschien opnieuw worden ingesteld en gekoppeld.</source>
        <translation>Waarschuw de ICT-helpdesk: deze pc moet misschien opnieuw worden ingesteld en gekoppeld.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Gegevens hersteld</source>
        <translation>Gegevens hersteld</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../ui/words/report.py" line="+38"/>
        <source>bezoek (id)</source>
        <translation>bezoek (id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vraagnummer</source>
        <translation>vraagnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>datum</source>
        <translation>datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tijd</source>
        <translation>tijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekdag</source>
        <translation>weekdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kanaal (code)</source>
        <translation>kanaal (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kanaal</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duur (code)</source>
        <translation>duur (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duur</source>
        <translation>duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>werkwijze (code)</source>
        <translation>werkwijze (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>werkwijze</source>
        <translation>werkwijze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoer (code)</source>
        <translation>invoer (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoer</source>
        <translation>invoer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gecorrigeerd</source>
        <translation>gecorrigeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soort vraag (code)</source>
        <translation>soort vraag (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soort vraag</source>
        <translation>soort vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisatie (code)</source>
        <translation>organisatie (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisatie</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bestuurslaag (code)</source>
        <translation>bestuurslaag (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bestuurslaag</source>
        <translation>bestuurslaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onderwerp (code)</source>
        <translation>onderwerp (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>onderwerp</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DigiD-vervolg (code)</source>
        <translation>DigiD-vervolg (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>DigiD-vervolg</source>
        <translation>DigiD-vervolg</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>geboden hulp (codes)</source>
        <translation>geboden hulp (codes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geboden hulp</source>
        <translation>geboden hulp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doorverwezen naar (codes)</source>
        <translation>doorverwezen naar (codes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>doorverwezen naar</source>
        <translation>doorverwezen naar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toelichting</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samenvatting</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Vragen</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Belastinghulp {year}</source>
        <translation>Belastinghulp {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samenvatting in de indeling van de landelijke IDO-registratie</source>
        <translation>Samenvatting in de indeling van de landelijke IDO-registratie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Totalen</source>
        <translation>Totalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bezoeken</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per maand</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maand</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kanaal (per bezoek)</source>
        <translation>Kanaal (per bezoek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duur van het gesprek (per bezoek)</source>
        <translation>Duur van het gesprek (per bezoek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soort vraag</source>
        <translation>Soort vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisatie waar de vraag over gaat</source>
        <translation>Organisatie waar de vraag over gaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bestuurslaag van die organisatie</source>
        <translation>Bestuurslaag van die organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onderwerp</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geboden hulp</source>
        <translation>Geboden hulp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doorverwezen naar</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omschrijving</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aantal</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Totaal</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Onbekend</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geen</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een vraag met meer antwoorden telt bij elk antwoord mee. Het totaal is dus groter dan het aantal vragen.</source>
        <translation>Een vraag met meer antwoorden telt bij elk antwoord mee. Het totaal is dus groter dan het aantal vragen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Belastinghulp, seizoen {year}</source>
        <translation>Belastinghulp, seizoen {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het hele seizoen, alleen aantallen: geen namen of telefoonnummers van bezoekers.</source>
        <translation>Het hele seizoen, alleen aantallen: geen namen of telefoonnummers van bezoekers.</translation>
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
        <translation>Maandag</translation>
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
        <translation>Per organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisatie</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geboekt</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gekomen</source>
        <translation>Gekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet gekomen</source>
        <translation>Niet gekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geannuleerd</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wachtlijst</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aangemeld op de wachtlijst</source>
        <translation>Aangemeld op de wachtlijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanaf de wachtlijst geboekt</source>
        <translation>Vanaf de wachtlijst geboekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vaste balie</source>
        <translation>Vaste balie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lopend IDO</source>
        <translation>Lopend IDO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direct ingevoerd</source>
        <translation>Direct ingevoerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turflijst</source>
        <translation>Turflijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later ingevoerd</source>
        <translation>Later ingevoerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nee</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export van de IDO-registratie</source>
        <translation>Export van de IDO-registratie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balie</source>
        <translation>Balie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog niet ingesteld</source>
        <translation>Nog niet ingesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gemaakt op</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zo is geteld</source>
        <translation>Zo is geteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een bezoek dat ongeldig is gemaakt, telt niet mee. Een gecorrigeerd bezoek telt één keer mee, zoals de correctie het zegt, op de dag van het eerste bezoek. Dag en tijd zijn de tijd waarop het bezoek plaatsvond, op de plek zelf.</source>
        <translation>Een bezoek dat ongeldig is gemaakt, telt niet mee. Een gecorrigeerd bezoek telt één keer mee, zoals de correctie het zegt, op de dag van het eerste bezoek. Dag en tijd zijn de tijd waarop het bezoek plaatsvond, op de plek zelf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tabbladen</source>
        <translation>Tabbladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samenvatting: de totalen in de indeling van het landelijke IDO-registratieformulier, om over te nemen. Vragen: één regel per vraag, met de gegevens van het bezoek. Belastinghulp: het hele seizoen, als het in deze periode valt.</source>
        <translation>Samenvatting: de totalen in de indeling van het landelijke IDO-registratieformulier, om over te nemen. Vragen: één regel per vraag, met de gegevens van het bezoek. Belastinghulp: het hele seizoen, als het in deze periode valt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notities staan nooit in een export. Er staan geen namen of telefoonnummers van bezoekers in.</source>
        <translation>Notities staan nooit in een export. Er staan geen namen of telefoonnummers van bezoekers in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keuzelijsten</source>
        <translation>Keuzelijsten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Omschrijvingen uit de keuzelijsten van versie {version}.</source>
        <translation>Omschrijvingen uit de keuzelijsten van versie {version}.</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%n vragen</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bezoeken</source>
        <translation>
            <numerusform>%n bezoek</numerusform>
            <numerusform>%n bezoeken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opgeslagen in {path}: {questions} van {visits}.</source>
        <translation>Opgeslagen in {path}: {questions} van {visits}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De export is niet opgeslagen: de schijf is vol. Maak ruimte vrij of kies een andere plek.</source>
        <translation>De export is niet opgeslagen: de schijf is vol. Maak ruimte vrij of kies een andere plek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De export is niet opgeslagen: het bestand is nog open, bijvoorbeeld in Excel, of u mag in deze map niet opslaan. Sluit het bestand, of kies een andere map.</source>
        <translation>De export is niet opgeslagen: het bestand is nog open, bijvoorbeeld in Excel, of u mag in deze map niet opslaan. Sluit het bestand, of kies een andere map.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De export is niet opgeslagen: deze map bestaat niet. Kies een andere map.</source>
        <translation>De export is niet opgeslagen: deze map bestaat niet. Kies een andere map.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De export is niet opgeslagen ({reason}). Kies een andere plek en probeer het opnieuw.</source>
        <translation>De export is niet opgeslagen ({reason}). Kies een andere plek en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kies een bestand dat eindigt op .xlsx of .csv.</source>
        <extracomment>What is wrong with the command line&apos;s input, by code (the last two from kiosk.overview).</extracomment>
        <translation>Kies een bestand dat eindigt op .xlsx of .csv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies een periode: --from en --to met twee datums, of --period (bijvoorbeeld month).</source>
        <translation>Kies een periode: --from en --to met twee datums, of --period (bijvoorbeeld month).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kies --period of --from en --to, niet allebei.</source>
        <translation>Kies --period of --from en --to, niet allebei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--previous hoort bij --period, bijvoorbeeld --period month --previous.</source>
        <translation>--previous hoort bij --period, bijvoorbeeld --period month --previous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schrijf een datum als jaar-maand-dag, bijvoorbeeld 2026-01-31.</source>
        <translation>Schrijf een datum als jaar-maand-dag, bijvoorbeeld 2026-01-31.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De export is mislukt door een fout in IDO Kiosk. De fout is vastgelegd voor de ICT-afdeling ({path}).</source>
        <translation>De export is mislukt door een fout in IDO Kiosk. De fout is vastgelegd voor de ICT-afdeling ({path}).</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <location filename="../../ui/planning/schedule_tab.py" line="+71"/>
        <source>Weekrooster</source>
        <translation>Weekrooster</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Toevoegen aan rooster</source>
        <translation>Toevoegen aan rooster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verwijderen</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Helper</source>
        <translation>&amp;Helper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dag</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Begint om</source>
        <translation>&amp;Begint om</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eindigt &amp;om</source>
        <translation>Eindigt &amp;om</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duur per a&amp;fspraak</source>
        <translation>Duur per a&amp;fspraak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Plaatsen per tijd</source>
        <translation>&amp;Plaatsen per tijd</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Kies eerst een seizoen en een helper.</source>
        <translation>Kies eerst een seizoen en een helper.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✔ Toegevoegd aan het weekrooster.</source>
        <translation>✔ Toegevoegd aan het weekrooster.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✔ Verwijderd. Tijden die al gemaakt zijn, blijven staan.</source>
        <translation>✔ Verwijderd. Tijden die al gemaakt zijn, blijven staan.</translation>
    </message>
</context>
<context>
    <name>SeasonTab</name>
    <message>
        <location filename="../../ui/planning/season_tab.py" line="+55"/>
        <source>Seizoen opslaan</source>
        <translation>Seizoen opslaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Welk seizoen</source>
        <translation>&amp;Welk seizoen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;aam</source>
        <translation>N&amp;aam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eerste dag</source>
        <translation>&amp;Eerste dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Laatste dag</source>
        <translation>&amp;Laatste dag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> dagen</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contactgegevens w&amp;issen na</source>
        <translation>Contactgegevens w&amp;issen na</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Na de afspraak; de aantallen blijven voor de statistiek.</source>
        <translation>Na de afspraak; de aantallen blijven voor de statistiek.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nieuw seizoen …</source>
        <translation>Nieuw seizoen …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>✔ Seizoen {name} opgeslagen.</source>
        <translation>✔ Seizoen {name} opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>✔ Contactgegevens worden %n dagen na de afspraak gewist.</source>
        <translation>
            <numerusform>✔ Contactgegevens worden %n dag na de afspraak gewist.</numerusform>
            <numerusform>✔ Contactgegevens worden %n dagen na de afspraak gewist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../ui/registration/sections.py" line="+106"/>
        <source>overgenomen</source>
        <extracomment>A message, or what makes it again in the current language (after a language switch).</extracomment>
        <translation>overgenomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overgenomen van het vorige bezoek</source>
        <translation>overgenomen van het vorige bezoek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>standaard</source>
        <translation>standaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standaardkeuze van deze balie</source>
        <translation>standaardkeuze van deze balie</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_page.py" line="+82"/>
        <source>Instellingen</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Locatie</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Echte locatie instellen …</source>
        <translation>Echte locatie instellen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gegevens van het IDO wijzigen …</source>
        <translation>Gegevens van het IDO wijzigen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam, vorm, tijden en bezetting van het IDO</source>
        <translation>Naam, vorm, tijden en bezetting van het IDO</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Privacy aan de balie</source>
        <translation>Privacy aan de balie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> minuten</source>
        <translation> minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nooit</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scherm vergrendelen na, in minuten</source>
        <translation>Scherm vergrendelen na, in minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scherm &amp;vergrendelen na</source>
        <translation>Scherm &amp;vergrendelen na</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nieuwe pincode</source>
        <translation>Nieuwe pincode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nieuwe pincode</source>
        <translation>&amp;Nieuwe pincode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nieuwe pincode nog een keer</source>
        <translation>Nieuwe pincode nog een keer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog een &amp;keer</source>
        <translation>Nog een &amp;keer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pincode instellen</source>
        <translation>Pincode instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pincode wissen</source>
        <translation>Pincode wissen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows-vergrendeling gebruiken</source>
        <translation>Windows-vergrendeling gebruiken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vergrendel Windows in plaats van dit scherm: het Windows-wachtwoord opent.</source>
        <translation>Vergrendel Windows in plaats van dit scherm: het Windows-wachtwoord opent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volledig scherm (kioskmodus)</source>
        <translation>Volledig scherm (kioskmodus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het programma vult het scherm; afsluiten vraagt de pincode.</source>
        <translation>Het programma vult het scherm; afsluiten vraagt de pincode.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weergave</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatisch (zoals Windows)</source>
        <translation>Automatisch (zoals Windows)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normaal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoog contrast</source>
        <translation>Hoog contrast</translation>
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
        <translation>Grote knoppen (aanraakscherm)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Eerdere bezoeken</source>
        <translation>Eerdere bezoeken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> dagen terug</source>
        <translation> dagen terug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verbeteren tot hoeveel dagen terug</source>
        <translation>Verbeteren tot hoeveel dagen terug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbeteren &amp;tot</source>
        <translation>Verbeteren &amp;tot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ICT</source>
        <translation>ICT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alleen voor de ICT-afdeling: de koppeling met de server.</source>
        <translation>Alleen voor de ICT-afdeling: de koppeling met de server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Koppelen met de server …</source>
        <translation>Koppelen met de server …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koppelen (Ctrl+K)</source>
        <translation>Koppelen (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronisatie …</source>
        <translation>Synchronisatie …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronisatie (F6)</source>
        <translation>Synchronisatie (F6)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Er is een pincode ingesteld: die opent het vergrendelde scherm.</source>
        <translation>Er is een pincode ingesteld: die opent het vergrendelde scherm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Er is geen pincode. Het vergrendelde scherm gaat dan open met Doorgaan: het houdt de gegevens alleen weg voor voorbijgangers. Stel een pincode in.</source>
        <translation>Er is geen pincode. Het vergrendelde scherm gaat dan open met Doorgaan: het houdt de gegevens alleen weg voor voorbijgangers. Stel een pincode in.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>De twee pincodes zijn niet gelijk. Typ ze opnieuw.</source>
        <translation>De twee pincodes zijn niet gelijk. Typ ze opnieuw.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>De pincode is ingesteld.</source>
        <translation>De pincode is ingesteld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De pincode is gewist.</source>
        <translation>De pincode is gewist.</translation>
    </message>
</context>
<context>
    <name>SetupChangePage</name>
    <message>
        <location filename="../../ui/setup_change.py" line="+34"/>
        <source>Gegevens van het IDO wijzigen</source>
        <translation>Gegevens van het IDO wijzigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wijzig de naam, de vorm, de tijden of de bezetting van het IDO. De wijziging geldt vanaf vandaag; eerdere dagen houden hun gegevens.</source>
        <translation>Wijzig de naam, de vorm, de tijden of de bezetting van het IDO. De wijziging geldt vanaf vandaag; eerdere dagen houden hun gegevens.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../ui/setup_page.py" line="+125"/>
        <source>Welkom bij IDO Kiosk</source>
        <extracomment>How many average characters wide the page must be to show the form&apos;s two parts side by side.</extracomment>
        <translation>Welkom bij IDO Kiosk</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Vul eenmalig in waar deze computer staat. De registraties zijn anoniem en worden bewaard op deze computer tot ze verstuurd zijn. Wilt u eerst rondkijken? Kies dan de demolocatie: die is duidelijk gemarkeerd en telt niet mee.</source>
        <translation>Vul eenmalig in waar deze computer staat. De registraties zijn anoniem en worden bewaard op deze computer tot ze verstuurd zijn. Wilt u eerst rondkijken? Kies dan de demolocatie: die is duidelijk gemarkeerd en telt niet mee.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bijv. Bibliotheek Midden-Brabant</source>
        <translation>bijv. Bibliotheek Midden-Brabant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bijv. Vestiging Centrum</source>
        <translation>bijv. Vestiging Centrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bijv. Tilburg</source>
        <translation>bijv. Tilburg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies een provincie …</source>
        <translation>Kies een provincie …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bijv. IDO Centrale bibliotheek</source>
        <translation>bijv. IDO Centrale bibliotheek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In de bibliotheek</source>
        <translation>In de bibliotheek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buiten de bibliotheek (bijv. wijkcentrum)</source>
        <translation>Buiten de bibliotheek (bijv. wijkcentrum)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vrije inloop (openingstijden)</source>
        <translation>Vrije inloop (openingstijden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Op afspraak (spreekuur)</source>
        <translation>Op afspraak (spreekuur)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>maandag</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ma</source>
        <translation>ma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dinsdag</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>di</source>
        <translation>di</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>woensdag</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wo</source>
        <translation>wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>donderdag</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>do</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vrijdag</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vr</source>
        <translation>vr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zaterdag</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>za</source>
        <translation>za</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zondag</source>
        <translation>zondag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>zo</source>
        <translation>zo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>van</source>
        <translation>van</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tot</source>
        <translation>tot</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bibliotheek&amp;medewerkers</source>
        <translation>Bibliotheek&amp;medewerkers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vrij&amp;willigers</source>
        <translation>Vrij&amp;willigers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;artners (bijv. gemeente)</source>
        <translation>P&amp;artners (bijv. gemeente)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> uur</source>
        <translation> uur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bijv. Balie 1 of Laptop lopend IDO</source>
        <translation>bijv. Balie 1 of Laptop lopend IDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop, lopend IDO</source>
        <translation>Laptop, lopend IDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vaste balie</source>
        <translation>Vaste balie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Bibliotheekorganisatie</source>
        <translation>&amp;Bibliotheekorganisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vestiging</source>
        <translation>&amp;Vestiging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gemeente</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provincie</source>
        <translation>&amp;Provincie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam van deze &amp;computer</source>
        <translation>Naam van deze &amp;computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Werkwijze</source>
        <translation>Werkwijze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naam van het &amp;IDO</source>
        <translation>Naam van het &amp;IDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vo&amp;rm van het IDO</source>
        <translation>Vo&amp;rm van het IDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaats</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tijden</source>
        <translation>Tijden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dagen en tijden</source>
        <translation>&amp;Dagen en tijden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bezetting per week</source>
        <translation>Bezetting per week</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waar staat deze computer?</source>
        <translation>Waar staat deze computer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het IDO</source>
        <translation>Het IDO</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opslaan en beginnen</source>
        <translation>Opslaan en beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eerst proberen met de demolocatie</source>
        <translation>Eerst proberen met de demolocatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terug naar de demo</source>
        <translation>Terug naar de demo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Vul in waar deze computer staat. De oefenregistraties van de demolocatie worden daarbij gewist: ze tellen nooit mee en worden nooit verstuurd.</source>
        <translation>Vul in waar deze computer staat. De oefenregistraties van de demolocatie worden daarbij gewist: ze tellen nooit mee en worden nooit verstuurd.</translation>
    </message>
</context>
<context>
    <name>SlotBookingsModel</name>
    <message>
        <location filename="../../ui/planning/side_lists.py" line="-70"/>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon</source>
        <translation>Telefoon</translation>
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
        <translation>Registraties krijgen de tijd van deze computer. De centrale server corrigeert die, maar laat de klok gelijk zetten (ICT-afdeling).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nu synchroniseren</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koppelen …</source>
        <translation>Koppelen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Synchronisatie</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Synchronisatie ({n})</source>
        <translation>Synchronisatie ({n})</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n wijzigingen hebben aandacht nodig (F6)</source>
        <translation>
            <numerusform>%n wijziging heeft aandacht nodig (F6)</numerusform>
            <numerusform>%n wijzigingen hebben aandacht nodig (F6)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisatie (F6)</source>
        <translation>Synchronisatie (F6)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>● Synchronisatie gestopt</source>
        <translation>● Synchronisatie gestopt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bezig met synchroniseren …</source>
        <translation>Bezig met synchroniseren …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nu synchroniseren (F5)</source>
        <translation>Nu synchroniseren (F5)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync_controller.py" line="+305"/>
        <source>Synchroniseren is onverwacht gestopt; het wordt later opnieuw geprobeerd. De registraties blijven bewaard op deze computer.</source>
        <translation>Synchroniseren is onverwacht gestopt; het wordt later opnieuw geprobeerd. De registraties blijven bewaard op deze computer.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_page.py" line="+190"/>
        <source>Synchronisatie – IDO Kiosk</source>
        <translation>Synchronisatie – IDO Kiosk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronisatie met de centrale server</source>
        <translation>Synchronisatie met de centrale server</translation>
    </message>
    <message>
        <location filename="../../ui/sync_summary.py" line="+27"/>
        <source>Verzonden</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog te verzenden</source>
        <translation>Nog te verzenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geweigerd</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tegengehouden</source>
        <translation>Tegengehouden</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Koppeling</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatste synchronisatie</source>
        <translation>Laatste synchronisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wachtend</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per status</source>
        <translation>Per status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klok</source>
        <translation>Klok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatste melding</source>
        <translation>Laatste melding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versie</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Nieuwe versie nodig: {newest}</source>
        <translation>Nieuwe versie nodig: {newest}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuwe versie beschikbaar: {newest}</source>
        <translation>Nieuwe versie beschikbaar: {newest}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Downloaden: {link}</source>
        <translation>Downloaden: {link}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="+2"/>
        <source>&amp;Nu synchroniseren</source>
        <translation>&amp;Nu synchroniseren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exporteren voor ondersteuning …</source>
        <translation>&amp;Exporteren voor ondersteuning …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Opnieuw aanbieden</source>
        <translation>&amp;Opnieuw aanbieden</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>✔ Synchronisatie gelukt: %n wijzigingen verzonden.</source>
        <translation>
            <numerusform>✔ Synchronisatie gelukt: %n wijziging verzonden.</numerusform>
            <numerusform>✔ Synchronisatie gelukt: %n wijzigingen verzonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n wijzigingen worden opnieuw aangeboden.</source>
        <translation>
            <numerusform>%n wijziging wordt opnieuw aangeboden.</numerusform>
            <numerusform>%n wijzigingen worden opnieuw aangeboden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-89"/>
        <source>&amp;Koppelen …</source>
        <translation>&amp;Koppelen …</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+99"/>
        <source>&amp;Wijzigingen die aandacht nodig hebben</source>
        <translation>&amp;Wijzigingen die aandacht nodig hebben</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Wijzigingen die aandacht nodig hebben</source>
        <translation>Wijzigingen die aandacht nodig hebben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Diagnose voor helpdesk …</source>
        <translation>&amp;Diagnose voor helpdesk …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maakt één zip-bestand voor de helpdesk: versies, instellingen, wat wacht en de logbestanden. Notities en gegevens van bezoekers staan er niet in.</source>
        <translation>Maakt één zip-bestand voor de helpdesk: versies, instellingen, wat wacht en de logbestanden. Notities en gegevens van bezoekers staan er niet in.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Biedt tegengehouden wijzigingen opnieuw aan de server aan: de gekozen, of alle als er geen tegengehouden wijziging is gekozen.</source>
        <translation>Biedt tegengehouden wijzigingen opnieuw aan de server aan: de gekozen, of alle als er geen tegengehouden wijziging is gekozen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Wijzigingen die aandacht nodig hebben ({n})</source>
        <translation>&amp;Wijzigingen die aandacht nodig hebben ({n})</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>De diagnose wordt gemaakt …</source>
        <translation>De diagnose wordt gemaakt …</translation>
    </message>
    <message>
        <location filename="../../ui/sync_summary.py" line="-61"/>
        <source>Gekoppeld als “{desk}” · vestiging {branch}</source>
        <translation>Gekoppeld als “{desk}” · vestiging {branch}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Niet gekoppeld</source>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vandaag om</source>
        <translation>vandaag om</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nog nooit</source>
        <translation>nog nooit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · volgende poging {time}</source>
        <translation> · volgende poging {time}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>⚠ {warning}. Laat de klok gelijk zetten (ICT-afdeling).</source>
        <translation>⚠ {warning}. Laat de klok gelijk zetten (ICT-afdeling).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gelijk met de server</source>
        <translation>Gelijk met de server</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="-64"/>
        <source>Bezig met synchroniseren …</source>
        <translation>Bezig met synchroniseren …</translation>
    </message>
    <message>
        <location filename="../../ui/sync_export.py" line="+37"/>
        <source>Exporteren voor ondersteuning</source>
        <extracomment>Support gets everything not accepted yet: the problems and what still waits.</extracomment>
        <translation>Exporteren voor ondersteuning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON-bestanden (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="+102"/>
        <source>Geen problemen: de server heeft alle verzonden registraties aangenomen.</source>
        <translation>Geen problemen: de server heeft alle verzonden registraties aangenomen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kies een registratie om te zien wat er aan de hand is.</source>
        <translation>Kies een registratie om te zien wat er aan de hand is.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/sync_status.py" line="-163"/>
        <source>Niet gekoppeld</source>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze balie is nog niet gekoppeld aan de centrale server. De registraties blijven bewaard op deze computer. Koppelen: Ctrl+K.</source>
        <translation>Deze balie is nog niet gekoppeld aan de centrale server. De registraties blijven bewaard op deze computer. Koppelen: Ctrl+K.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>● Opnieuw koppelen nodig</source>
        <translation>● Opnieuw koppelen nodig</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Gekoppeld aan {server}.</source>
        <translation>Gekoppeld aan {server}.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>● Balie uitgeschakeld</source>
        <translation>● Balie uitgeschakeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Nieuwe versie nodig</source>
        <translation>● Nieuwe versie nodig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Geen verbinding</source>
        <translation>● Geen verbinding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · nieuwe poging om {time}</source>
        <translation> · nieuwe poging om {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>● Gekoppeld · nog niets verzonden</source>
        <translation>● Gekoppeld · nog niets verzonden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>● Verzonden om {time}</source>
        <translation>● Verzonden om {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verbonden met {server}.</source>
        <translation>Verbonden met {server}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nieuwe versie beschikbaar</source>
        <translation>Nieuwe versie beschikbaar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deze computer heeft versie {current} van IDO Kiosk. De centrale server vraagt versie {minimum} of nieuwer: tot dan wordt niets verstuurd. Vraag uw ICT-afdeling om de nieuwe versie te installeren. Registreren gaat gewoon door.</source>
        <translation>Deze computer heeft versie {current} van IDO Kiosk. De centrale server vraagt versie {minimum} of nieuwer: tot dan wordt niets verstuurd. Vraag uw ICT-afdeling om de nieuwe versie te installeren. Registreren gaat gewoon door.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Versie {newest} van IDO Kiosk is beschikbaar; deze computer heeft versie {current}. Vraag uw ICT-afdeling om de nieuwe versie te installeren. Alles werkt gewoon door.</source>
        <translation>Versie {newest} van IDO Kiosk is beschikbaar; deze computer heeft versie {current}. Vraag uw ICT-afdeling om de nieuwe versie te installeren. Alles werkt gewoon door.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>voor</source>
        <translation>voor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>achter</source>
        <translation>achter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De klok van deze computer loopt {amount} {direction}</source>
        <translation>De klok van deze computer loopt {amount} {direction}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 minuut</source>
        <translation>1 minuut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} minuten</source>
        <translation>{n} minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} uur</source>
        <translation>{n} uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} dagen</source>
        <translation>{n} dagen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Alles verzonden</source>
        <translation>Alles verzonden</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/planning/template_editor.py" line="+88"/>
        <source>Seizoen en rooster</source>
        <translation>Seizoen en rooster</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;1 Seizoen</source>
        <translation>&amp;1 Seizoen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;2 Helpers</source>
        <translation>&amp;2 Helpers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;3 Weekrooster</source>
        <translation>&amp;3 Weekrooster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;4 Sluitingsdagen</source>
        <translation>&amp;4 Sluitingsdagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Voorbeeld van het genereren</source>
        <translation>Voorbeeld van het genereren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kies Voorbeeld om te zien welke tijden er bij komen en welke dagen vervallen.</source>
        <translation>Kies Voorbeeld om te zien welke tijden er bij komen en welke dagen vervallen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voorbeeld (Alt+V)</source>
        <translation>Voorbeeld (Alt+V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Genereren (Alt+N)</source>
        <translation>Genereren (Alt+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sluiten (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message numerus="yes">
        <location line="+116"/>
        <source>%n nieuwe tijden</source>
        <translation>
            <numerusform>%n nieuwe tijd</numerusform>
            <numerusform>%n nieuwe tijden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>op %n dagen</source>
        <translation>
            <numerusform>op %n dag</numerusform>
            <numerusform>op %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bestaan al en blijven</source>
        <translation>
            <numerusform>%n bestaat al en blijft</numerusform>
            <numerusform>%n bestaan al en blijven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>✔ %n tijden gemaakt.</source>
        <translation>
            <numerusform>✔ %n tijd gemaakt.</numerusform>
            <numerusform>✔ %n tijden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Overgeslagen dagen:</source>
        <translation>Overgeslagen dagen:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Klopt het? Kies Genereren (Alt+N).</source>
        <translation>Klopt het? Kies Genereren (Alt+N).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Er is niets nieuws te maken.</source>
        <translation>Er is niets nieuws te maken.</translation>
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
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Van–tot</source>
        <translation>Van–tot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duur</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaatsen</source>
        <translation>Plaatsen</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../ui/window_chrome.py" line="+81"/>
        <source>Schermen</source>
        <translation>Schermen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registratie</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp</source>
        <translation>Belastinghulp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overzicht</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DEMOLOCATIE: om te proberen. Deze registraties tellen niet mee.</source>
        <translation>DEMOLOCATIE: om te proberen. Deze registraties tellen niet mee.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEMO: telt niet mee</source>
        <translation>DEMO: telt niet mee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Echte locatie instellen …</source>
        <translation>Echte locatie instellen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Echte locatie …</source>
        <translation>Echte locatie …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stel de echte locatie in; de demoregistraties worden dan gewist.</source>
        <translation>Stel de echte locatie in; de demoregistraties worden dan gewist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vragenlijst</source>
        <translation>Vragenlijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vragenlijst voor bezoekers (Ctrl+Shift+B)</source>
        <translation>Vragenlijst voor bezoekers (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instellingen</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instellingen (Ctrl+,)</source>
        <translation>Instellingen (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp en sneltoetsen (F1)</source>
        <translation>Hulp en sneltoetsen (F1)</translation>
    </message>
</context>
<context>
    <name>TopicPicker</name>
    <message>
        <location filename="../../ui/topic_picker.py" line="+103"/>
        <location line="+12"/>
        <source>Veelgebruikte onderwerpen</source>
        <translation>Veelgebruikte onderwerpen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Typ om te zoeken, bijv. huurtoeslag, paspoort …</source>
        <translation>Typ om te zoeken, bijv. huurtoeslag, paspoort …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoek een onderwerp</source>
        <translation>Zoek een onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle onderwerpen</source>
        <translation>Alle onderwerpen</translation>
    </message>
</context>
<context>
    <name>VisitPanel</name>
    <message>
        <location filename="../../ui/visit_panel.py" line="+120"/>
        <source>Kanaal</source>
        <extracomment>The answers a new visit starts with, shown as &quot;standaard&quot; until the clerk chooses.</extracomment>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duur</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nu</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vink uit om een eerder tijdstip in te vullen (naregistratie).</source>
        <translation>Vink uit om een eerder tijdstip in te vullen (naregistratie).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tijdstip is nu</source>
        <translation>Tijdstip is nu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tijdstip van het bezoek</source>
        <translation>Tijdstip van het bezoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pijltjes links en rechts: dag, maand, jaar, uur, minuut</source>
        <translation>Pijltjes links en rechts: dag, maand, jaar, uur, minuut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aantal gelijke bezoeken</source>
        <translation>Aantal gelijke bezoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meer dan 1: registreer zoveel gelijke bezoeken tegelijk (turven).</source>
        <translation>Meer dan 1: registreer zoveel gelijke bezoeken tegelijk (turven).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lopend IDO</source>
        <translation>Lopend IDO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aangevinkt: geregistreerd als lopend IDO, niet aan de balie.</source>
        <translation>Aangevinkt: geregistreerd als lopend IDO, niet aan de balie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tijdstip</source>
        <translation>&amp;Tijdstip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aantal</source>
        <translation>&amp;Aantal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kanaal</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duur</source>
        <translation>&amp;Duur</translation>
    </message>
</context>
<context>
    <name>VisitorLauncher</name>
    <message>
        <location filename="../../ui/visitor/launcher.py" line="+130"/>
        <source>De vragenlijst kon niet worden geopend. Details staan in het logbestand.</source>
        <extracomment>Stores one finished survey (``SurveyService.record``).</extracomment>
        <translation>De vragenlijst kon niet worden geopend. Details staan in het logbestand.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+84"/>
        <source>Vragenlijst voor bezoekers</source>
        <translation>Vragenlijst voor bezoekers</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Op welk scherm komt de vragenlijst?</source>
        <translation>Op welk scherm komt de vragenlijst?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op het tweede scherm</source>
        <translation>Op het tweede scherm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op dit scherm</source>
        <translation>Op dit scherm</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n vragenlijsten van bezoekers konden niet worden bewaard.</source>
        <translation>
            <numerusform>%n vragenlijst van een bezoeker kon niet worden bewaard.</numerusform>
            <numerusform>%n vragenlijsten van bezoekers konden niet worden bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details staan in het logbestand. Waarschuw de ICT-afdeling.</source>
        <translation>Details staan in het logbestand. Waarschuw de ICT-afdeling.</translation>
    </message>
</context>
<context>
    <name>VisitorMode</name>
    <message>
        <location filename="../../ui/visitor/mode.py" line="+116"/>
        <source>Vragenlijst voor bezoekers</source>
        <extracomment>Saves one finished survey: (survey version, language, answers per question code). The keys that end the visitor mode (then the PIN, when one is set).</extracomment>
        <translation>Vragenlijst voor bezoekers</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Vragenlijst stoppen?</source>
        <translation>Vragenlijst stoppen?</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/void_dialog.py" line="+50"/>
        <source>Bezoek niet meetellen</source>
        <translation>Bezoek niet meetellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het bezoek van {visit} telt dan niet meer mee in de cijfers. U ziet het nog wel in de lijst, doorgestreept. Er wordt niets gewist.</source>
        <translation>Het bezoek van {visit} telt dan niet meer mee in de cijfers. U ziet het nog wel in de lijst, doorgestreept. Er wordt niets gewist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reden (mag leeg), bijv. dubbel geregistreerd</source>
        <translation>Reden (mag leeg), bijv. dubbel geregistreerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reden</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet meetellen</source>
        <translation>Niet meetellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message>
        <location filename="../../ui/planning/side_lists.py" line="+39"/>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefoon</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doel</source>
        <translation>Doel</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../ui/files.py" line="+17"/>
        <source>Excel-werkmap (*.xlsx);;CSV voor Excel (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV voor Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../ui/words/history.py" line="+10"/>
        <source>Dit bezoek is ouder dan {days} dagen. Dan kunt u het niet meer veranderen. Vraag de teamleider.</source>
        <translation>Dit bezoek is ouder dan {days} dagen. Dan kunt u het niet meer veranderen. Vraag de teamleider.</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../ui/words/overview.py" line="+10"/>
        <source>De laatste dag ligt vóór de eerste dag.</source>
        <translation>De laatste dag ligt vóór de eerste dag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies hoogstens 5 jaar tegelijk.</source>
        <translation>Kies hoogstens 5 jaar tegelijk.</translation>
    </message>
</context>
<context>
    <name>planning</name>
    <message>
        <location filename="../../ui/planning/attention_panel.py" line="+47"/>
        <source>Afspraken die aandacht nodig hebben</source>
        <translation>Afspraken die aandacht nodig hebben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deze afspraken zijn op een andere balie of offline gemaakt terwijl het tijdstip al vol of gesloten was. Verplaats, plan toch in met een reden, of annuleer.</source>
        <translation>Deze afspraken zijn op een andere balie of offline gemaakt terwijl het tijdstip al vol of gesloten was. Verplaats, plan toch in met een reden, of annuleer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verplaatsen naar gekozen tijdstip</source>
        <translation>Verplaatsen naar gekozen tijdstip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verplaats naar het tijdstip onder de cursor in het rooster</source>
        <translation>Verplaats naar het tijdstip onder de cursor in het rooster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toch inplannen (met reden) …</source>
        <translation>Toch inplannen (met reden) …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuleren …</source>
        <translation>Annuleren …</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Kies eerst in het rooster (Alt+G) een ander tijdstip met een vrije plek.</source>
        <translation>Kies eerst in het rooster (Alt+G) een ander tijdstip met een vrije plek.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ {name} verplaatst naar {where}.</source>
        <translation>✔ {name} verplaatst naar {where}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waarom krijgt dit tijdstip een extra afspraak?</source>
        <translation>Waarom krijgt dit tijdstip een extra afspraak?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ {name} toch ingepland ({reason}).</source>
        <translation>✔ {name} toch ingepland ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ Afspraak van {name} geannuleerd.</source>
        <translation>✔ Afspraak van {name} geannuleerd.</translation>
    </message>
    <message>
        <location filename="../../ui/planning/commands.py" line="+60"/>
        <source>Opnieuw: {what}</source>
        <translation>Opnieuw: {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ongedaan: {what}</source>
        <translation>Ongedaan: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/planning/day_list_print.py" line="+39"/>
        <source>Vertrouwelijk: bevat persoonsgegevens. Na de spreekuren vernietigen.</source>
        <translation>Vertrouwelijk: bevat persoonsgegevens. Na de spreekuren vernietigen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>inloop</source>
        <translation>inloop</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../ui/planning/search_dialog.py" line="+39"/>
        <location filename="../../ui/planning/slip_print.py" line="+102"/>
        <source>Tijd</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/planning/search_dialog.py" line="+2"/>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/planning/search_dialog.py" line="+1"/>
        <source>Telefoon</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/planning/slip_print.py" line="+5"/>
        <source>Waarvoor</source>
        <translation>Waarvoor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wat meenemen</source>
        <translation>Wat meenemen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opmerking</source>
        <translation>Opmerking</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n afspraken</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n inloop</source>
        <translation>
            <numerusform>%n inloop</numerusform>
            <numerusform>%n inloop</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{n} voorlopig</source>
        <translation>{n} voorlopig</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Daglijst Belastinghulp</source>
        <translation>Daglijst Belastinghulp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Geen afspraken op deze dag.</source>
        <translation>Geen afspraken op deze dag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zonder hulp</source>
        <translation>Zonder hulp</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Daglijst {day}</source>
        <translation>Daglijst {day}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Afgedrukt {moment}</source>
        <translation>Afgedrukt {moment}</translation>
    </message>
    <message>
        <location filename="../../ui/planning/slip_print.py" line="+65"/>
        <source>De printer kon niet worden gestart.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <location filename="../../ui/planning/day_list_print.py" line="+72"/>
        <location filename="../../ui/planning/page_keys.py" line="+47"/>
        <source>Daglijst afdrukken</source>
        <translation>Daglijst afdrukken</translation>
    </message>
    <message>
        <location filename="../../ui/planning/exchange_dialog.py" line="+97"/>
        <location line="+37"/>
        <source>Rooster exporteren</source>
        <translation>Rooster exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/planning/exchange_import.py" line="+76"/>
        <source>Het bestand kon niet worden gelezen ({reason}).</source>
        <translation>Het bestand kon niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+140"/>
        <location line="+11"/>
        <location line="+8"/>
        <source>Beschikbaarheid importeren</source>
        <translation>Beschikbaarheid importeren</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Problemen per rij</source>
        <translation>Problemen per rij</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problemen (rijnummers zoals in het bestand):</source>
        <translation>Problemen (rijnummers zoals in het bestand):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/planning/exchange_dialog.py" line="+126"/>
        <location filename="../../ui/planning/exchange_import.py" line="+2"/>
        <source>Importeren</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/planning/exchange_import.py" line="-71"/>
        <source>Rooster (*.xlsx *.csv);;Alle bestanden (*)</source>
        <translation>Rooster (*.xlsx *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Alleen goede rijen importeren</source>
        <translation>Alleen goede rijen importeren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file}: {summary}</source>
        <translation>{file}: {summary}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nieuwe helpers: {names}.</source>
        <translation>Nieuwe helpers: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verbeter het bestand en importeer opnieuw, of importeer nu alleen de goede rijen (rijen die al bestaan worden niet dubbel aangemaakt).</source>
        <translation>Verbeter het bestand en importeer opnieuw, of importeer nu alleen de goede rijen (rijen die al bestaan worden niet dubbel aangemaakt).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Er is niets nieuws om te importeren.</source>
        <translation>Er is niets nieuws om te importeren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maak daarna de tijdvakken aan met &apos;Tijdvakken maken&apos; in het seizoen.</source>
        <translation>Maak daarna de tijdvakken aan met &apos;Tijdvakken maken&apos; in het seizoen.</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n roosterregels</source>
        <translation>
            <numerusform>%n roosterregel</numerusform>
            <numerusform>%n roosterregels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n nieuwe helpers</source>
        <translation>
            <numerusform>%n nieuwe helper</numerusform>
            <numerusform>%n nieuwe helpers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n nieuwe organisaties</source>
        <translation>
            <numerusform>%n nieuwe organisatie</numerusform>
            <numerusform>%n nieuwe organisaties</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geïmporteerd: {what}.</source>
        <translation>Geïmporteerd: {what}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n rijen met problemen zijn overgeslagen.</source>
        <translation>
            <numerusform>%n rij met problemen is overgeslagen.</numerusform>
            <numerusform>%n rijen met problemen zijn overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Er is niets geïmporteerd.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/planning/exchange_dialog.py" line="-166"/>
        <source>rooster</source>
        <translation>rooster</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Het rooster is opgeslagen in {path} (%n regels).</source>
        <translation>
            <numerusform>Het rooster is opgeslagen in {path} (%n regel).</numerusform>
            <numerusform>Het rooster is opgeslagen in {path} (%n regels).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Importeren en exporteren</source>
        <translation>Importeren en exporteren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporteer het rooster met alle afspraken naar Excel of CSV, of lees de beschikbaarheid van de helpers in (kolommen helper, organisatie, dag, van, tot, duur en plaatsen).</source>
        <translation>Exporteer het rooster met alle afspraken naar Excel of CSV, of lees de beschikbaarheid van de helpers in (kolommen helper, organisatie, dag, van, tot, duur en plaatsen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rooster &amp;exporteren…</source>
        <translation>Rooster &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beschikbaarheid &amp;importeren…</source>
        <translation>Beschikbaarheid &amp;importeren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/planning/search_dialog.py" line="+102"/>
        <source>Sluiten (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Kies eerst een seizoen.</source>
        <translation>Kies eerst een seizoen.</translation>
    </message>
    <message>
        <location filename="../../ui/planning/grid_model.py" line="+268"/>
        <source>Plaatsen: {capacity}; {free}</source>
        <translation>Plaatsen: {capacity}; {free}</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+14"/>
        <location line="+11"/>
        <source>geen spreekuur</source>
        <translation>geen spreekuur</translation>
    </message>
    <message>
        <location filename="../../ui/planning/helpers_tab.py" line="-99"/>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nee</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../ui/planning/navigation.py" line="+66"/>
        <source>Vandaag</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naar vandaag in het rooster (Ctrl+T)</source>
        <translation>Naar vandaag in het rooster (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/planning/page_keys.py" line="-32"/>
        <source>Ga naar datum</source>
        <translation>Ga naar datum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ga naar een datum (Ctrl+G); Enter gaat erheen</source>
        <translation>Ga naar een datum (Ctrl+G); Enter gaat erheen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ga naar</source>
        <translation>Ga naar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Naar deze datum</source>
        <translation>Naar deze datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/planning/search_dialog.py" line="+48"/>
        <source>Zoeken …</source>
        <translation>Zoeken …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afspraak zoeken op naam of telefoon (Ctrl+F)</source>
        <translation>Afspraak zoeken op naam of telefoon (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/planning/page_actions.py" line="+33"/>
        <source>Er is geen rooster om in te zoeken.</source>
        <translation>Er is geen rooster om in te zoeken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rooster van {day}.</source>
        <translation>Rooster van {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Op {day} is er geen spreekuur; de eerstvolgende dag is {shown}.</source>
        <translation>Op {day} is er geen spreekuur; de eerstvolgende dag is {shown}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Het seizoen is voorbij op {day}; dit is de laatste dag: {shown}.</source>
        <translation>Het seizoen is voorbij op {day}; dit is de laatste dag: {shown}.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Die afspraak staat niet meer in het rooster.</source>
        <translation>Die afspraak staat niet meer in het rooster.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gevonden: {name}, {day} {time}, bij {helper}.</source>
        <translation>Gevonden: {name}, {day} {time}, bij {helper}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zet de cursor op een afspraak om een afspraakbriefje te maken.</source>
        <translation>Zet de cursor op een afspraak om een afspraakbriefje te maken.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deze afspraak heeft geen naam meer; een briefje kan niet.</source>
        <translation>Deze afspraak heeft geen naam meer; een briefje kan niet.</translation>
    </message>
    <message>
        <location filename="../../ui/planning/prompts.py" line="+34"/>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nee</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../ui/planning/page_keys.py" line="-1"/>
        <source>Naar vandaag in het rooster</source>
        <extracomment>(keys as shown, what they do) in the order the overview lists them.</extracomment>
        <translation>Naar vandaag in het rooster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afspraak zoeken op naam of telefoon</source>
        <translation>Afspraak zoeken op naam of telefoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pijltjes, Home, End, Page Up/Down</source>
        <translation>Pijltjes, Home, End, Page Up/Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bewegen in het rooster</source>
        <translation>Bewegen in het rooster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volgende / vorige dag in het rooster</source>
        <translation>Volgende / vorige dag in het rooster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter of een letter typen</source>
        <translation>Enter of een letter typen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afspraak maken op een vrije plek</source>
        <translation>Afspraak maken op een vrije plek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afspraak openen</source>
        <translation>Afspraak openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/planning/prompts.py" line="+13"/>
        <source>Afspraak annuleren</source>
        <translation>Afspraak annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afspraak knippen (verplaatsen)</source>
        <translation>Afspraak knippen (verplaatsen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afspraak kopiëren (de afspraak blijft staan)</source>
        <translation>Afspraak kopiëren (de afspraak blijft staan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geknipte of gekopieerde afspraak hier neerzetten</source>
        <translation>Geknipte of gekopieerde afspraak hier neerzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knippen of kopiëren stoppen</source>
        <translation>Knippen of kopiëren stoppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het rooster verlaten: naar het volgende onderdeel</source>
        <translation>Het rooster verlaten: naar het volgende onderdeel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het rooster verlaten: naar het vorige onderdeel</source>
        <translation>Het rooster verlaten: naar het vorige onderdeel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afspraakbriefje afdrukken voor de afspraak onder de cursor</source>
        <translation>Afspraakbriefje afdrukken voor de afspraak onder de cursor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ongedaan maken / opnieuw</source>
        <translation>Ongedaan maken / opnieuw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uitwisselen: rooster of afspraken importeren en exporteren</source>
        <translation>Uitwisselen: rooster of afspraken importeren en exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seizoen en rooster</source>
        <translation>Seizoen en rooster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zijpaneel Details tonen of verbergen</source>
        <translation>Zijpaneel Details tonen of verbergen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seizoen / helper / organisatie kiezen (Filter gaat open)</source>
        <translation>Seizoen / helper / organisatie kiezen (Filter gaat open)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naar het rooster</source>
        <translation>Naar het rooster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit tijdstip / Wachtlijst / Aandacht</source>
        <translation>Dit tijdstip / Wachtlijst / Aandacht</translation>
    </message>
    <message>
        <location filename="../../ui/planning/prompts.py" line="+1"/>
        <source>De afspraak van {name} op {where} annuleren?</source>
        <translation>De afspraak van {name} op {where} annuleren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De plek komt vrij. De annulering blijft bewaard (Ctrl+Z maakt ongedaan).</source>
        <translation>De plek komt vrij. De annulering blijft bewaard (Ctrl+Z maakt ongedaan).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ja, annuleren</source>
        <translation>Ja, annuleren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plek vrij</source>
        <translation>Plek vrij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is een plek vrijgekomen op {where}.
{name} ({phone}) staat als eerste op de wachtlijst. Nu inplannen?</source>
        <translation>Er is een plek vrijgekomen op {where}.
{name} ({phone}) staat als eerste op de wachtlijst. Nu inplannen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reden</source>
        <translation>Reden</translation>
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
        <translation>{status}, nog niet bevestigd</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Afspraak zoeken</source>
        <extracomment>The longest query (a name is at most 100 characters) and how much of it a message repeats.</extracomment>
        <translation>Afspraak zoeken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoek op naam of telefoon</source>
        <translation>Zoek op naam of telefoon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naam of telefoonnummer, bijv. Jansen of 06 1234</source>
        <translation>Naam of telefoonnummer, bijv. Jansen of 06 1234</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gevonden afspraken</source>
        <translation>Gevonden afspraken</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+73"/>
        <source>Typ een naam of een telefoonnummer.</source>
        <translation>Typ een naam of een telefoonnummer.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Zoekresultaat</source>
        <translation>Zoekresultaat</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n dagen</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>%n afspraken gevonden.</source>
        <translation>
            <numerusform>%n afspraak gevonden.</numerusform>
            <numerusform>%n afspraken gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-103"/>
        <source>de bewaartermijn</source>
        <translation>de bewaartermijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afspraken van langer dan {days} geleden hebben geen naam en telefoonnummer meer (privacy). Die zijn niet te vinden.</source>
        <translation>Afspraken van langer dan {days} geleden hebben geen naam en telefoonnummer meer (privacy). Die zijn niet te vinden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Naar afspraak (Enter)</source>
        <translation>Naar afspraak (Enter)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>&amp;Zoek op naam of telefoon</source>
        <translation>&amp;Zoek op naam of telefoon</translation>
    </message>
    <message>
        <location line="+59"/>
        <location filename="../../ui/planning/texts.py" line="+155"/>
        <source> (inloop)</source>
        <translation> (inloop)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Niets gevonden voor “{query}”.</source>
        <translation>Niets gevonden voor “{query}”.</translation>
    </message>
    <message>
        <location filename="../../ui/planning/side_lists.py" line="-27"/>
        <source>Doel: {p}</source>
        <translation>Doel: {p}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meenemen: {c}</source>
        <translation>Meenemen: {c}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Geannuleerd door {by}</source>
        <translation>Geannuleerd door {by}</translation>
    </message>
    <message>
        <location filename="../../ui/planning/slip_print.py" line="-72"/>
        <source>Voor</source>
        <extracomment>Checklist codes the standard list already covers.</extracomment>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../ui/planning/navigation.py" line="+4"/>
        <location line="+1"/>
        <location filename="../../ui/planning/search_dialog.py" line="-197"/>
        <location filename="../../ui/planning/slip_print.py" line="+1"/>
        <source>Datum</source>
        <extracomment>Wait this long after the last key before searching (ms).</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/planning/slip_print.py" line="-65"/>
        <source>Uw DigiD: inlognaam en wachtwoord, of de DigiD app. Of uw machtigingscode.</source>
        <extracomment>What every citizen brings, in plain words (B1).</extracomment>
        <translation>Uw DigiD: inlognaam en wachtwoord, of de DigiD app. Of uw machtigingscode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De brieven van de Belastingdienst die u kreeg.</source>
        <translation>De brieven van de Belastingdienst die u kreeg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jaaropgaven van uw werk, uitkering of pensioen.</source>
        <translation>Jaaropgaven van uw werk, uitkering of pensioen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uw identiteitsbewijs: paspoort, ID-kaart of rijbewijs.</source>
        <translation>Uw identiteitsbewijs: paspoort, ID-kaart of rijbewijs.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Waar</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>de bibliotheek</source>
        <translation>de bibliotheek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie helpt u</source>
        <translation>Wie helpt u</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>een vrijwilliger van {org}</source>
        <translation>een vrijwilliger van {org}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uw afspraak bij de Belastinghulp</source>
        <translation>Uw afspraak bij de Belastinghulp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neem dit mee</source>
        <translation>Neem dit mee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kom 5 minuten voor uw afspraak.</source>
        <translation>Kom 5 minuten voor uw afspraak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kunt u niet komen? Zeg uw afspraak dan af bij de bibliotheek.</source>
        <translation>Kunt u niet komen? Zeg uw afspraak dan af bij de bibliotheek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Geef nooit uw DigiD-wachtwoord aan iemand anders.</source>
        <translation>Geef nooit uw DigiD-wachtwoord aan iemand anders.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Afspraak {day} {time}</source>
        <translation>Afspraak {day} {time}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Afspraakbriefje afdrukken</source>
        <translation>Afspraakbriefje afdrukken</translation>
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
        <translation>Kies een tijdstip in het rooster.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Afspraken op dit tijdstip</source>
        <translation>Afspraken op dit tijdstip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nieuwe afspraak</source>
        <translation>Nieuwe afspraak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Openen (F2)</source>
        <translation>Openen (F2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Verschenen</source>
        <translation>✓ Verschenen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ Niet verschenen</source>
        <translation>✗ Niet verschenen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⊘ Annuleren (Delete)</source>
        <translation>⊘ Annuleren (Delete)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verplaatsen … (Ctrl+X)</source>
        <translation>Verplaatsen … (Ctrl+X)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{helper} heeft hier geen spreekuur.</source>
        <translation>{helper} heeft hier geen spreekuur.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Kies eerst een tijdstip in het rooster (Alt+G).</source>
        <translation>Kies eerst een tijdstip in het rooster (Alt+G).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dit tijdstip is gesloten.</source>
        <translation>Dit tijdstip is gesloten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+184"/>
        <location filename="../../ui/planning/waiting_panel.py" line="+157"/>
        <source>Afspraak {name} {where}</source>
        <translation>Afspraak {name} {where}</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>✔ Opgeslagen: {what} (Ctrl+Z maakt ongedaan)</source>
        <translation>✔ Opgeslagen: {what} (Ctrl+Z maakt ongedaan)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>✔ Afspraak bijgewerkt.</source>
        <translation>✔ Afspraak bijgewerkt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Op dit tijdstip staat geen afspraak om te annuleren.</source>
        <translation>Op dit tijdstip staat geen afspraak om te annuleren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Annulering {name} {where}</source>
        <translation>Annulering {name} {where}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ Geannuleerd: {name} (Ctrl+Z maakt ongedaan)</source>
        <translation>✔ Geannuleerd: {name} (Ctrl+Z maakt ongedaan)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Op dit tijdstip staat geen afspraak om te verplaatsen.</source>
        <translation>Op dit tijdstip staat geen afspraak om te verplaatsen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verplaatsen</source>
        <translation>verplaatsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verplaatsen: {name} van {where}. Ga naar het nieuwe tijdstip en druk Ctrl+V (Esc stopt).</source>
        <translation>Verplaatsen: {name} van {where}. Ga naar het nieuwe tijdstip en druk Ctrl+V (Esc stopt).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Op dit tijdstip staat geen afspraak om te kopiëren.</source>
        <translation>Op dit tijdstip staat geen afspraak om te kopiëren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze afspraak heeft geen gegevens meer om te kopiëren.</source>
        <translation>Deze afspraak heeft geen gegevens meer om te kopiëren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kopiëren</source>
        <translation>kopiëren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gekopieerd: {name} van {where}. Ga naar een ander tijdstip en druk Ctrl+V voor een afspraak met dezelfde gegevens (Esc stopt).</source>
        <translation>Gekopieerd: {name} van {where}. Ga naar een ander tijdstip en druk Ctrl+V voor een afspraak met dezelfde gegevens (Esc stopt).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kopiëren gestopt.</source>
        <translation>Kopiëren gestopt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verplaatsen gestopt.</source>
        <translation>Verplaatsen gestopt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kies eerst met Ctrl+X (verplaatsen) of Ctrl+C (kopiëren) een afspraak.</source>
        <translation>Kies eerst met Ctrl+X (verplaatsen) of Ctrl+C (kopiëren) een afspraak.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De afspraak staat al op dit tijdstip.</source>
        <translation>De afspraak staat al op dit tijdstip.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit tijdstip is gesloten; kies een ander.</source>
        <translation>Dit tijdstip is gesloten; kies een ander.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit tijdstip is vol. Waarom toch hierheen?</source>
        <translation>Dit tijdstip is vol. Waarom toch hierheen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verplaatsing {name} {source} → {target}</source>
        <translation>Verplaatsing {name} {source} → {target}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ Verplaatst: {name} naar {target}</source>
        <translation>✔ Verplaatst: {name} naar {target}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✔ Gekopieerd: {what} (Ctrl+Z maakt ongedaan)</source>
        <translation>✔ Gekopieerd: {what} (Ctrl+Z maakt ongedaan)</translation>
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
        <translation>geboekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geannuleerd</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verschenen</source>
        <translation>verschenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niet verschenen</source>
        <translation>niet verschenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voorlopig</source>
        <translation>voorlopig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(naam gewist)</source>
        <extracomment>What a name becomes once the contact details were purged (design §6).</extracomment>
        <translation>(naam gewist)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tijdstip was al vol</source>
        <translation>tijdstip was al vol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tijdstip is gesloten</source>
        <translation>tijdstip is gesloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was al geannuleerd</source>
        <translation>was al geannuleerd</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>het centrale rooster weigerde de plek</source>
        <translation>het centrale rooster weigerde de plek</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>voorlopig (nog niet bevestigd door het centrale rooster)</source>
        <translation>voorlopig (nog niet bevestigd door het centrale rooster)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overboekt: {reason}</source>
        <translation>overboekt: {reason}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>gesloten</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} overboekt</source>
        <translation>{n} overboekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vol</source>
        <translation>vol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vrij</source>
        <translation>vrij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{free} van {capacity} vrij</source>
        <translation>{free} van {capacity} vrij</translation>
    </message>
    <message>
        <location filename="../../ui/planning/waiting_panel.py" line="-116"/>
        <source>Wachtlijst van dit seizoen</source>
        <translation>Wachtlijst van dit seizoen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Op de wachtlijst …</source>
        <translation>Op de wachtlijst …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inplannen op gekozen tijdstip</source>
        <translation>Inplannen op gekozen tijdstip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Boek de gekozen persoon op het tijdstip onder de cursor in het rooster</source>
        <translation>Boek de gekozen persoon op het tijdstip onder de cursor in het rooster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Van de lijst halen</source>
        <translation>Van de lijst halen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kies iemand, ga in het rooster naar een vrij tijdstip (Alt+G) en kies Inplannen.</source>
        <translation>Kies iemand, ga in het rooster naar een vrij tijdstip (Alt+G) en kies Inplannen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Wachtlijst: {season}</source>
        <translation>Wachtlijst: {season}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✔ {name} staat op de wachtlijst.</source>
        <translation>✔ {name} staat op de wachtlijst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kies iemand op de wachtlijst en een tijdstip in het rooster.</source>
        <translation>Kies iemand op de wachtlijst en een tijdstip in het rooster.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit tijdstip is vol of gesloten; kies een vrij tijdstip.</source>
        <translation>Dit tijdstip is vol of gesloten; kies een vrij tijdstip.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✔ {name} is van de wachtlijst gehaald.</source>
        <translation>✔ {name} is van de wachtlijst gehaald.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>✔ Van de wachtlijst ingepland: {what}</source>
        <translation>✔ Van de wachtlijst ingepland: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/words/planning.py" line="+26"/>
        <source>Dit seizoen bestaat niet (meer).</source>
        <extracomment>Code prefixes whose codes are made from data (a server&apos;s reason code), not literals. ``planning.gone.&lt;record&gt;``: a season, organisation, helper, template or closure that is gone.</extracomment>
        <translation>Dit seizoen bestaat niet (meer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze organisatie bestaat niet (meer).</source>
        <translation>Deze organisatie bestaat niet (meer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze hulp bestaat niet (meer).</source>
        <translation>Deze hulp bestaat niet (meer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit sjabloon bestaat niet (meer).</source>
        <translation>Dit sjabloon bestaat niet (meer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze sluiting bestaat niet (meer).</source>
        <translation>Deze sluiting bestaat niet (meer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Die organisatie bestaat niet (meer).</source>
        <translation>Die organisatie bestaat niet (meer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Die hulp bestaat niet (meer).</source>
        <translation>Die hulp bestaat niet (meer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit tijdvak bestaat niet (meer).</source>
        <translation>Dit tijdvak bestaat niet (meer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze afspraak bestaat niet (meer).</source>
        <translation>Deze afspraak bestaat niet (meer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze aanmelding staat niet (meer) op de wachtlijst.</source>
        <translation>Deze aanmelding staat niet (meer) op de wachtlijst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Geef het seizoen een naam.</source>
        <translation>Geef het seizoen een naam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De laatste dag ligt vóór de eerste dag.</source>
        <translation>De laatste dag ligt vóór de eerste dag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een seizoen duurt hoogstens ruim een jaar.</source>
        <translation>Een seizoen duurt hoogstens ruim een jaar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vul de naam van de organisatie in.</source>
        <translation>Vul de naam van de organisatie in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vul de naam van de hulp in.</source>
        <translation>Vul de naam van de hulp in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onbekend onderwerp: {codes}.</source>
        <translation>Onbekend onderwerp: {codes}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies een dag van de week.</source>
        <translation>Kies een dag van de week.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De eindtijd ligt niet na de begintijd.</source>
        <translation>De eindtijd ligt niet na de begintijd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een tijdvak duurt {min} tot {max} minuten.</source>
        <translation>Een tijdvak duurt {min} tot {max} minuten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Er past geen enkel tijdvak in deze tijden.</source>
        <translation>Er past geen enkel tijdvak in deze tijden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze datum valt buiten het seizoen.</source>
        <translation>Deze datum valt buiten het seizoen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;Geldig tot&apos; ligt vóór &apos;geldig vanaf&apos;.</source>
        <translation>&apos;Geldig tot&apos; ligt vóór &apos;geldig vanaf&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze dag valt buiten het seizoen.</source>
        <translation>Deze dag valt buiten het seizoen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kies {min} tot {max} plaatsen per tijdvak.</source>
        <translation>Kies {min} tot {max} plaatsen per tijdvak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Er zijn al {taken} plaatsen geboekt: verplaats of annuleer eerst afspraken.</source>
        <translation>Er zijn al {taken} plaatsen geboekt: verplaats of annuleer eerst afspraken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit tijdvak is vol. Kies een ander tijdvak, zet de bezoeker op de wachtlijst of geef een reden om toch in te plannen.</source>
        <translation>Dit tijdvak is vol. Kies een ander tijdvak, zet de bezoeker op de wachtlijst of geef een reden om toch in te plannen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dit tijdvak is gesloten. Kies een ander tijdvak of geef een reden om toch in te plannen.</source>
        <translation>Dit tijdvak is gesloten. Kies een ander tijdvak of geef een reden om toch in te plannen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vul de naam in.</source>
        <translation>Vul de naam in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De naam is te lang (hoogstens {max} tekens).</source>
        <translation>De naam is te lang (hoogstens {max} tekens).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vul een telefoonnummer in.</source>
        <translation>Vul een telefoonnummer in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is geen Nederlands telefoonnummer (bijvoorbeeld 06 12345678).</source>
        <translation>Dit is geen Nederlands telefoonnummer (bijvoorbeeld 06 12345678).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit e-mailadres klopt niet (bijvoorbeeld naam@voorbeeld.nl).</source>
        <translation>Dit e-mailadres klopt niet (bijvoorbeeld naam@voorbeeld.nl).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Onbekend doel: {codes}.</source>
        <translation>Onbekend doel: {codes}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onbekend punt voor de meeneemlijst: {codes}.</source>
        <translation>Onbekend punt voor de meeneemlijst: {codes}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De tekst is te lang (hoogstens {max} tekens).</source>
        <translation>De tekst is te lang (hoogstens {max} tekens).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een machtigingscode (of andere DigiD-code) mag nooit worden opgeschreven. Haal de code uit de opmerking.</source>
        <translation>Een machtigingscode (of andere DigiD-code) mag nooit worden opgeschreven. Haal de code uit de opmerking.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Geef een reden om extra in te plannen.</source>
        <translation>Geef een reden om extra in te plannen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit gegeven van een afspraak kan niet worden gewijzigd.</source>
        <translation>Dit gegeven van een afspraak kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De gegevens van deze afspraak zijn al gewist (bewaartermijn).</source>
        <translation>De gegevens van deze afspraak zijn al gewist (bewaartermijn).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze afspraak heeft aandacht nodig: los haar op via &apos;Aandacht nodig&apos;.</source>
        <translation>Deze afspraak heeft aandacht nodig: los haar op via &apos;Aandacht nodig&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De afspraak staat al in dit tijdvak.</source>
        <translation>De afspraak staat al in dit tijdvak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze afspraak heeft geen aandacht (meer) nodig.</source>
        <translation>Deze afspraak heeft geen aandacht (meer) nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze afspraak is geannuleerd en kan niet meer veranderen.</source>
        <translation>Deze afspraak is geannuleerd en kan niet meer veranderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuleer een afspraak met &apos;Annuleren&apos;.</source>
        <translation>Annuleer een afspraak met &apos;Annuleren&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Onbekende status.</source>
        <translation>Onbekende status.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies verplaatsen, toch inplannen of annuleren.</source>
        <translation>Kies verplaatsen, toch inplannen of annuleren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies het tijdvak waar de afspraak naartoe gaat.</source>
        <translation>Kies het tijdvak waar de afspraak naartoe gaat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De gegevens van deze aanmelding zijn al gewist.</source>
        <translation>De gegevens van deze aanmelding zijn al gewist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies een bewaartermijn van {min} tot {max} dagen.</source>
        <translation>Kies een bewaartermijn van {min} tot {max} dagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rij {row}: {problem}</source>
        <translation>Rij {row}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bestandstype wordt niet gelezen: sla het bestand op als .xlsx of .csv.</source>
        <translation>Dit bestandstype wordt niet gelezen: sla het bestand op als .xlsx of .csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit bestand is geen leesbaar Excel-bestand (.xlsx).</source>
        <translation>Dit bestand is geen leesbaar Excel-bestand (.xlsx).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geen kopregel gevonden: het bestand moet de kolommen {columns} hebben.</source>
        <translation>Geen kopregel gevonden: het bestand moet de kolommen {columns} hebben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{column}&apos; is leeg.</source>
        <translation>&apos;{column}&apos; is leeg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;dag&apos; ({value}) is geen weekdag (maandag .. vrijdag) of datum.</source>
        <translation>&apos;dag&apos; ({value}) is geen weekdag (maandag .. vrijdag) of datum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{column}&apos; ({value}) is geen tijd (bijvoorbeeld 9:30).</source>
        <translation>&apos;{column}&apos; ({value}) is geen tijd (bijvoorbeeld 9:30).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;tot&apos; ({ends}) ligt voor &apos;van&apos; ({starts}).</source>
        <translation>&apos;tot&apos; ({ends}) ligt voor &apos;van&apos; ({starts}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;duur&apos; ({value}) moet een aantal minuten zijn, van {min} tot en met {max}.</source>
        <translation>&apos;duur&apos; ({value}) moet een aantal minuten zijn, van {min} tot en met {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;duur&apos; ({minutes} minuten) past niet tussen &apos;van&apos; en &apos;tot&apos; ({starts}–{ends}).</source>
        <translation>&apos;duur&apos; ({minutes} minuten) past niet tussen &apos;van&apos; en &apos;tot&apos; ({starts}–{ends}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;plaatsen&apos; ({value}) moet een getal van 1 tot en met {max} zijn.</source>
        <translation>&apos;plaatsen&apos; ({value}) moet een getal van 1 tot en met {max} zijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{column}&apos; ({value}) is geen datum.</source>
        <translation>&apos;{column}&apos; ({value}) is geen datum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bij een datum in &apos;dag&apos; horen geen &apos;geldig van&apos; en &apos;geldig tot&apos;.</source>
        <translation>Bij een datum in &apos;dag&apos; horen geen &apos;geldig van&apos; en &apos;geldig tot&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;geldig tot&apos; ({last}) ligt voor &apos;geldig van&apos; ({first}).</source>
        <translation>&apos;geldig tot&apos; ({last}) ligt voor &apos;geldig van&apos; ({first}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overlapt met rij {other} ({helper}, {when} {starts}–{ends}).</source>
        <translation>overlapt met rij {other} ({helper}, {when} {starts}–{ends}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} valt buiten het seizoen ({first} t/m {last}).</source>
        <translation>{day} valt buiten het seizoen ({first} t/m {last}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>helper &apos;{helper}&apos; bestaat al bij {partners}, niet bij &apos;{partner}&apos;. Pas de organisatie aan of gebruik een andere naam.</source>
        <translation>helper &apos;{helper}&apos; bestaat al bij {partners}, niet bij &apos;{partner}&apos;. Pas de organisatie aan of gebruik een andere naam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>er zijn meer helpers met de naam &apos;{helper}&apos;: vul de organisatie in.</source>
        <translation>er zijn meer helpers met de naam &apos;{helper}&apos;: vul de organisatie in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>helper &apos;{helper}&apos; staat op niet actief; zet de helper eerst op actief.</source>
        <translation>helper &apos;{helper}&apos; staat op niet actief; zet de helper eerst op actief.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overlapt met het bestaande rooster van {helper} ({weekday} {starts}–{ends}).</source>
        <translation>overlapt met het bestaande rooster van {helper} ({weekday} {starts}–{ends}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>geen organisatie</source>
        <extracomment>A helper without an organisation, in the list of a name&apos;s organisations.</extracomment>
        <translation>geen organisatie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} nieuwe roosterregel</source>
        <extracomment>The parts of an import&apos;s summary: per count, its words for one and for more.</extracomment>
        <translation>{n} nieuwe roosterregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} nieuwe roosterregels</source>
        <translation>{n} nieuwe roosterregels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} nieuwe helper</source>
        <translation>{n} nieuwe helper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} nieuwe helpers</source>
        <translation>{n} nieuwe helpers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} nieuwe organisatie</source>
        <translation>{n} nieuwe organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} nieuwe organisaties</source>
        <translation>{n} nieuwe organisaties</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>{n} al aanwezig</source>
        <translation>{n} al aanwezig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} rij met fouten</source>
        <translation>{n} rij met fouten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rijen met fouten</source>
        <translation>{n} rijen met fouten</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <location filename="../../ui/print_frame.py" line="+25"/>
        <source>Pagina {page} van {count}</source>
        <translation>Pagina {page} van {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De printer kon niet worden gestart.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
</context>
<context>
    <name>registration</name>
    <message>
        <location filename="../../ui/words/registration.py" line="+28"/>
        <source>Kies minstens één vraag voordat u opslaat.</source>
        <extracomment>Code prefixes whose codes are made from data (a server&apos;s reason code), not literals.</extracomment>
        <translation>Kies minstens één vraag voordat u opslaat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eén bezoek kan hoogstens {max} vragen hebben.</source>
        <translation>Eén bezoek kan hoogstens {max} vragen hebben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies hoe de vraag binnenkwam.</source>
        <translation>Kies hoe de vraag binnenkwam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies hoe lang het duurde.</source>
        <translation>Kies hoe lang het duurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onbekende werkwijze (balie of lopend IDO).</source>
        <translation>Onbekende werkwijze (balie of lopend IDO).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het aantal moet tussen 1 en {max} liggen.</source>
        <translation>Het aantal moet tussen 1 en {max} liggen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De tijd mist een tijdzone.</source>
        <translation>De tijd mist een tijdzone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het tijdstip ligt in de toekomst. Kies een tijd van vandaag of eerder.</source>
        <translation>Het tijdstip ligt in de toekomst. Kies een tijd van vandaag of eerder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het tijdstip ligt meer dan {days} dagen terug.</source>
        <translation>Het tijdstip ligt meer dan {days} dagen terug.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vraag {position}: {problem}</source>
        <translation>Vraag {position}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies een onderwerp uit de lijst.</source>
        <translation>Kies een onderwerp uit de lijst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies om welke organisatie het ging.</source>
        <translation>Kies om welke organisatie het ging.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies een organisatie uit de lijst.</source>
        <translation>Kies een organisatie uit de lijst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies wat er met de DigiD is gebeurd.</source>
        <translation>Kies wat er met de DigiD is gebeurd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een DigiD-vervolg hoort alleen bij een DigiD-onderwerp.</source>
        <translation>Een DigiD-vervolg hoort alleen bij een DigiD-onderwerp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies een DigiD-vervolg uit de lijst.</source>
        <translation>Kies een DigiD-vervolg uit de lijst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies welke hulp u hebt gegeven.</source>
        <translation>Kies welke hulp u hebt gegeven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Onbekende hulp &apos;{code}&apos;.</source>
        <translation>Onbekende hulp &apos;{code}&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onbekende verwijzing &apos;{code}&apos;.</source>
        <translation>Onbekende verwijzing &apos;{code}&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een keuze staat er dubbel in.</source>
        <translation>Een keuze staat er dubbel in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies waarheen u hebt doorverwezen.</source>
        <translation>Kies waarheen u hebt doorverwezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies ook &apos;Doorverwezen&apos; bij de geboden hulp.</source>
        <translation>Kies ook &apos;Doorverwezen&apos; bij de geboden hulp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De notitie is langer dan {max} tekens.</source>
        <translation>De notitie is langer dan {max} tekens.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Een correctie geldt voor één bezoek.</source>
        <translation>Een correctie geldt voor één bezoek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De reden is te lang (hoogstens {max} tekens).</source>
        <translation>De reden is te lang (hoogstens {max} tekens).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dit bezoek bestaat niet (meer).</source>
        <translation>Dit bezoek bestaat niet (meer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bezoek telt al niet meer mee.</source>
        <translation>Dit bezoek telt al niet meer mee.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit bezoek is al gecorrigeerd. Corrigeer de nieuwste versie.</source>
        <translation>Dit bezoek is al gecorrigeerd. Corrigeer de nieuwste versie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze balie is niet ingesteld. Kies eerst de locatie.</source>
        <translation>Deze balie is niet ingesteld. Kies eerst de locatie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vul alle velden in.</source>
        <translation>Vul alle velden in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies een provincie.</source>
        <translation>Kies een provincie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies de vorm van het IDO.</source>
        <translation>Kies de vorm van het IDO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies balie of lopend IDO.</source>
        <translation>Kies balie of lopend IDO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies of het IDO open is voor inloop of werkt op afspraak.</source>
        <translation>Kies of het IDO open is voor inloop of werkt op afspraak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Controleer de tijden: elke eindtijd ligt na de begintijd.</source>
        <translation>Controleer de tijden: elke eindtijd ligt na de begintijd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Geef hoogstens {max} blokken met tijden op.</source>
        <translation>Geef hoogstens {max} blokken met tijden op.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vul per soort medewerker 0 tot {max} uur per week in.</source>
        <translation>Vul per soort medewerker 0 tot {max} uur per week in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze computer is nog niet ingesteld. Kies eerst de locatie.</source>
        <translation>Deze computer is nog niet ingesteld. Kies eerst de locatie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De notitie bevat geen persoonsgegevens.</source>
        <translation>De notitie bevat geen persoonsgegevens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De notitie bevat persoonsgegevens en is niet opgeslagen: {listed}. Haal {pronoun} weg; de registratie is anoniem.</source>
        <translation>De notitie bevat persoonsgegevens en is niet opgeslagen: {listed}. Haal {pronoun} weg; de registratie is anoniem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BSN (burgerservicenummer)</source>
        <translation>BSN (burgerservicenummer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telefoonnummer</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mailadres</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN (rekeningnummer)</source>
        <translation>IBAN (rekeningnummer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcode met huisnummer</source>
        <translation>postcode met huisnummer</translation>
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
        <translation>het</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ze</source>
        <translation>ze</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../ui/words/settings.py" line="+10"/>
        <source>Kies een wachttijd van 0 tot {max} minuten (0: het scherm gaat nooit vanzelf op slot).</source>
        <translation>Kies een wachttijd van 0 tot {max} minuten (0: het scherm gaat nooit vanzelf op slot).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kies een contrast: automatisch, normaal of hoog.</source>
        <translation>Kies een contrast: automatisch, normaal of hoog.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies een taal: Nederlands of Engels.</source>
        <translation>Kies een taal: Nederlands of Engels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kies van {min} tot {max} dagen terug.</source>
        <translation>Kies van {min} tot {max} dagen terug.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bewaar van {min} tot {max} reservekopieën.</source>
        <translation>Bewaar van {min} tot {max} reservekopieën.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een pincode heeft {min} tot {max} cijfers, en alleen cijfers.</source>
        <translation>Een pincode heeft {min} tot {max} cijfers, en alleen cijfers.</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../../ui/words/storage.py" line="+15"/>
        <source>Het bestand met de registraties is even bezet: de registratie is niet opgeslagen. Probeer het zo opnieuw.</source>
        <translation>Het bestand met de registraties is even bezet: de registratie is niet opgeslagen. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In het bestand met de registraties kan niets worden bijgeschreven. Waarschuw de ICT-afdeling; eerdere registraties zijn veilig.</source>
        <translation>In het bestand met de registraties kan niets worden bijgeschreven. Waarschuw de ICT-afdeling; eerdere registraties zijn veilig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Het bestand met de registraties gaat niet open. Waarschuw de ICT-afdeling.</source>
        <translation>Het bestand met de registraties gaat niet open. Waarschuw de ICT-afdeling.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>De schijf gaf een fout bij het opslaan. Eerdere registraties zijn veilig. Probeer het opnieuw of waarschuw de ICT-afdeling.</source>
        <translation>De schijf gaf een fout bij het opslaan. Eerdere registraties zijn veilig. Probeer het opnieuw of waarschuw de ICT-afdeling.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>De schijf is vol: dit is niet opgeslagen. Wat eerder is opgeslagen, is veilig. Maak ruimte vrij op de schijf of waarschuw de ICT-afdeling, en probeer het dan opnieuw.</source>
        <translation>De schijf is vol: dit is niet opgeslagen. Wat eerder is opgeslagen, is veilig. Maak ruimte vrij op de schijf of waarschuw de ICT-afdeling, en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Het bestand met de registraties is beschadigd. Sluit IDO Kiosk en start de app opnieuw: dan wordt de laatste goede reservekopie teruggezet. Verzonden registraties staan veilig op de server.</source>
        <translation>Het bestand met de registraties is beschadigd. Sluit IDO Kiosk en start de app opnieuw: dan wordt de laatste goede reservekopie teruggezet. Verzonden registraties staan veilig op de server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deze gegevens zijn gemaakt met een nieuwere versie van IDO Kiosk. Installeer die versie (of waarschuw de ICT-afdeling); er is niets veranderd.</source>
        <translation>Deze gegevens zijn gemaakt met een nieuwere versie van IDO Kiosk. Installeer die versie (of waarschuw de ICT-afdeling); er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>survey</name>
    <message>
        <location filename="../../ui/words/survey.py" line="+10"/>
        <source>Dit antwoord hoort niet bij deze vragenlijst. De antwoorden zijn niet bewaard.</source>
        <translation>Dit antwoord hoort niet bij deze vragenlijst. De antwoorden zijn niet bewaard.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../ui/words/sync.py" line="+38"/>
        <source>Deze balie is nog niet gekoppeld aan de centrale server.</source>
        <extracomment>Code prefixes whose codes are made from data (a server&apos;s reason code), not literals.</extracomment>
        <translation>Deze balie is nog niet gekoppeld aan de centrale server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De centrale server is niet bereikbaar. De registraties blijven bewaard op deze computer. Ze worden later verstuurd.{retry}</source>
        <translation>De centrale server is niet bereikbaar. De registraties blijven bewaard op deze computer. Ze worden later verstuurd.{retry}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De centrale server antwoordt niet op tijd. De registraties blijven bewaard op deze computer. Ze worden later verstuurd.{retry}</source>
        <translation>De centrale server antwoordt niet op tijd. De registraties blijven bewaard op deze computer. Ze worden later verstuurd.{retry}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De beveiligde verbinding met de centrale server kon niet worden gecontroleerd (certificaat). Waarschuw de ICT-afdeling. De registraties blijven bewaard op deze computer.{retry}</source>
        <translation>De beveiligde verbinding met de centrale server kon niet worden gecontroleerd (certificaat). Waarschuw de ICT-afdeling. De registraties blijven bewaard op deze computer.{retry}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De centrale server heeft een storing. De registraties blijven bewaard op deze computer. Ze worden later verstuurd.{retry}</source>
        <translation>De centrale server heeft een storing. De registraties blijven bewaard op deze computer. Ze worden later verstuurd.{retry}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De centrale server is even te druk. De registraties blijven bewaard op deze computer. Ze worden later verstuurd.{retry}</source>
        <translation>De centrale server is even te druk. De registraties blijven bewaard op deze computer. Ze worden later verstuurd.{retry}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> Nieuwe poging om {time}.</source>
        <translation> Nieuwe poging om {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze balie moet opnieuw worden gekoppeld aan de centrale server. Vraag de ICT-afdeling om een nieuwe koppelcode. De registraties blijven bewaard op deze computer.</source>
        <translation>Deze balie moet opnieuw worden gekoppeld aan de centrale server. Vraag de ICT-afdeling om een nieuwe koppelcode. De registraties blijven bewaard op deze computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De sleutel van deze balie voor de centrale server ontbreekt. Koppel de balie opnieuw met een nieuwe koppelcode. De registraties blijven bewaard op deze computer.</source>
        <translation>De sleutel van deze balie voor de centrale server ontbreekt. Koppel de balie opnieuw met een nieuwe koppelcode. De registraties blijven bewaard op deze computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deze balie is bij de centrale server uitgeschakeld. Neem contact op met de ICT-afdeling. De registraties blijven bewaard op deze computer. Ze kunnen worden geëxporteerd.</source>
        <translation>Deze balie is bij de centrale server uitgeschakeld. Neem contact op met de ICT-afdeling. De registraties blijven bewaard op deze computer. Ze kunnen worden geëxporteerd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deze versie van IDO Kiosk wordt niet meer ondersteund door de centrale server. Installeer de nieuwste versie. De registraties blijven bewaard op deze computer.</source>
        <translation>Deze versie van IDO Kiosk wordt niet meer ondersteund door de centrale server. Installeer de nieuwste versie. De registraties blijven bewaard op deze computer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>De koppelcode is onjuist, al gebruikt of verlopen. Vraag de ICT-afdeling om een nieuwe.</source>
        <translation>De koppelcode is onjuist, al gebruikt of verlopen. Vraag de ICT-afdeling om een nieuwe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Geef deze balie of laptop een naam om te koppelen.</source>
        <translation>Geef deze balie of laptop een naam om te koppelen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het adres van de centrale server is ongeldig (het begint met https://).</source>
        <translation>Het adres van de centrale server is ongeldig (het begint met https://).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synchroniseren is gestopt: {reason}</source>
        <translation>Synchroniseren is gestopt: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchroniseren is gestopt: een bestand kon niet worden geschreven (schijf vol of geen toegang). Waarschuw de ICT-afdeling als dit blijft gebeuren. De registraties blijven bewaard op deze computer.</source>
        <translation>Synchroniseren is gestopt: een bestand kon niet worden geschreven (schijf vol of geen toegang). Waarschuw de ICT-afdeling als dit blijft gebeuren. De registraties blijven bewaard op deze computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Synchroniseren is mislukt door een fout in IDO Kiosk. De fout is vastgelegd voor de ICT-afdeling ({path}). De registraties blijven bewaard op deze computer.</source>
        <translation>Synchroniseren is mislukt door een fout in IDO Kiosk. De fout is vastgelegd voor de ICT-afdeling ({path}). De registraties blijven bewaard op deze computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Koppelen kan niet vanaf de demolocatie: oefenregistraties tellen niet mee. Stel eerst de echte locatie in (knop in de gele balk bovenaan).</source>
        <translation>Koppelen kan niet vanaf de demolocatie: oefenregistraties tellen niet mee. Stel eerst de echte locatie in (knop in de gele balk bovenaan).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Er liep tegelijk een andere synchronisatie op deze computer. Er is niets verloren; de volgende poging gaat vanzelf.</source>
        <translation>Er liep tegelijk een andere synchronisatie op deze computer. Er is niets verloren; de volgende poging gaat vanzelf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Er loopt al een synchronisatie voor deze balie (in de app of een geplande taak). Deze keer is overgeslagen; er is niets verloren.</source>
        <translation>Er loopt al een synchronisatie voor deze balie (in de app of een geplande taak). Deze keer is overgeslagen; er is niets verloren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De sleutel van deze balie voor de centrale server is vernieuwd.</source>
        <translation>De sleutel van deze balie voor de centrale server is vernieuwd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De sleutel kon niet worden vernieuwd: de centrale server biedt dat niet aan. De huidige sleutel blijft werken.</source>
        <translation>De sleutel kon niet worden vernieuwd: de centrale server biedt dat niet aan. De huidige sleutel blijft werken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>De centrale server gaf een onverwacht antwoord. De registraties blijven bewaard op deze computer. Waarschuw de ICT-afdeling als dit blijft gebeuren.{retry}</source>
        <translation>De centrale server gaf een onverwacht antwoord. De registraties blijven bewaard op deze computer. Waarschuw de ICT-afdeling als dit blijft gebeuren.{retry}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Deze balie verstuurt nu niets naar de centrale server. De server vraagt versie {minimum} van IDO Kiosk of nieuwer; deze computer heeft versie {version}. Vraag uw ICT-afdeling om de nieuwe versie te installeren.{where} Registreren gaat gewoon door: alles blijft bewaard op deze computer en wordt na de update vanzelf verstuurd.</source>
        <translation>Deze balie verstuurt nu niets naar de centrale server. De server vraagt versie {minimum} van IDO Kiosk of nieuwer; deze computer heeft versie {version}. Vraag uw ICT-afdeling om de nieuwe versie te installeren.{where} Registreren gaat gewoon door: alles blijft bewaard op deze computer en wordt na de update vanzelf verstuurd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Te downloaden via {url}.</source>
        <translation> Te downloaden via {url}.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>verstuurd {pushed}, bevestigd {acked}, geweigerd {rejected}, conflict {conflicted}, tegengehouden {quarantined}, nog te versturen {pending_left}, opgehaald {pulled}</source>
        <translation>verstuurd {pushed}, bevestigd {acked}, geweigerd {rejected}, conflict {conflicted}, tegengehouden {quarantined}, nog te versturen {pending_left}, opgehaald {pulled}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, opnieuw in de wachtrij {requeued}</source>
        <translation>, opnieuw in de wachtrij {requeued}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronisatie gelukt: {counts}.</source>
        <translation>Synchronisatie gelukt: {counts}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog niet aan de beurt: {error} ({counts})</source>
        <translation>Nog niet aan de beurt: {error} ({counts})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronisatie mislukt: {error} ({counts})</source>
        <translation>Synchronisatie mislukt: {error} ({counts})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bezoek vastgelegd</source>
        <translation>Bezoek vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bezoek gecorrigeerd</source>
        <translation>Bezoek gecorrigeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belastinghulp: planning gewijzigd</source>
        <translation>Belastinghulp: planning gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: tijdvak aangemaakt</source>
        <translation>Belastinghulp: tijdvak aangemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: tijdvak gewijzigd</source>
        <translation>Belastinghulp: tijdvak gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: afspraak gemaakt</source>
        <translation>Belastinghulp: afspraak gemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: afspraak gewijzigd</source>
        <translation>Belastinghulp: afspraak gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: afspraak verplaatst</source>
        <translation>Belastinghulp: afspraak verplaatst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: afspraak geannuleerd</source>
        <translation>Belastinghulp: afspraak geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: conflict opgelost</source>
        <translation>Belastinghulp: conflict opgelost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vraagcatalogus (antwoordlijsten)</source>
        <translation>Vraagcatalogus (antwoordlijsten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: seizoen</source>
        <translation>Belastinghulp: seizoen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: organisatie</source>
        <translation>Belastinghulp: organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: hulp</source>
        <translation>Belastinghulp: hulp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: weekrooster</source>
        <translation>Belastinghulp: weekrooster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: sluitingsdag</source>
        <translation>Belastinghulp: sluitingsdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: wachtlijst</source>
        <translation>Belastinghulp: wachtlijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: tijdvak</source>
        <translation>Belastinghulp: tijdvak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belastinghulp: afspraak</source>
        <translation>Belastinghulp: afspraak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ontvangen, niet verwerkt</source>
        <translation>Ontvangen, niet verwerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De centrale server stuurde gegevens die deze computer niet kan lezen. De rest is wel verwerkt.</source>
        <translation>De centrale server stuurde gegevens die deze computer niet kan lezen. De rest is wel verwerkt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De centrale server stuurde gegevens die niet passen bij wat op deze computer staat. De rest is wel verwerkt.</source>
        <translation>De centrale server stuurde gegevens die niet passen bij wat op deze computer staat. De rest is wel verwerkt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Er is hier niets verloren. Komt er een nieuwere versie van deze gegevens, dan wordt die vanzelf verwerkt. Exporteer de lijst voor de ICT-afdeling als dit blijft staan.</source>
        <translation>Er is hier niets verloren. Komt er een nieuwere versie van deze gegevens, dan wordt die vanzelf verwerkt. Exporteer de lijst voor de ICT-afdeling als dit blijft staan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wacht op verzending</source>
        <translation>Wacht op verzending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wordt verzonden</source>
        <translation>Wordt verzonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verzonden</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geweigerd</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tegengehouden</source>
        <translation>Tegengehouden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Het bezoek telde bij de server al niet meer mee.</source>
        <translation>Het bezoek telde bij de server al niet meer mee.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>De centrale server heeft deze registratie geweigerd.</source>
        <translation>De centrale server heeft deze registratie geweigerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De registratie botst met wat de centrale server al heeft.</source>
        <translation>De registratie botst met wat de centrale server al heeft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De registratie kon niet worden verstuurd.</source>
        <translation>De registratie kon niet worden verstuurd.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>De server keurt de gegevens af, bijvoorbeeld een antwoord dat hij niet kent.</source>
        <translation>De server keurt de gegevens af, bijvoorbeeld een antwoord dat hij niet kent.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Bezoek telt niet mee</source>
        <translation>Bezoek telt niet mee</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>De server kreeg eerder een registratie met hetzelfde kenmerk maar een andere inhoud (bijvoorbeeld na het terugzetten van een back-up).</source>
        <translation>De server kreeg eerder een registratie met hetzelfde kenmerk maar een andere inhoud (bijvoorbeeld na het terugzetten van een back-up).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Het volgnummer van deze registratie is bij de server al gebruikt door een andere registratie van deze balie (bijvoorbeeld na het terugzetten van een back-up).</source>
        <translation>Het volgnummer van deze registratie is bij de server al gebruikt door een andere registratie van deze balie (bijvoorbeeld na het terugzetten van een back-up).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De registratie is onderweg beschadigd geraakt: het controlegetal klopt niet.</source>
        <translation>De registratie is onderweg beschadigd geraakt: het controlegetal klopt niet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De registratie hoort bij een bezoek van een andere vestiging.</source>
        <translation>De registratie hoort bij een bezoek van een andere vestiging.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het bezoek dat hiermee wordt gewijzigd, is zelf door de server geweigerd.</source>
        <translation>Het bezoek dat hiermee wordt gewijzigd, is zelf door de server geweigerd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Het bezoek was bij de server al gecorrigeerd.</source>
        <translation>Het bezoek was bij de server al gecorrigeerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De registratie is te groot voor de centrale server.</source>
        <translation>De registratie is te groot voor de centrale server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>De centrale server kan deze registratie niet lezen.</source>
        <translation>De centrale server kan deze registratie niet lezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het tijdvak was al vol toen de afspraak de server bereikte (een andere balie was eerder). Los het op onder Belastinghulp, Aandacht nodig.</source>
        <translation>Het tijdvak was al vol toen de afspraak de server bereikte (een andere balie was eerder). Los het op onder Belastinghulp, Aandacht nodig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Het tijdvak was gesloten toen de afspraak de server bereikte. Los het op onder Belastinghulp, Aandacht nodig.</source>
        <translation>Het tijdvak was gesloten toen de afspraak de server bereikte. Los het op onder Belastinghulp, Aandacht nodig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>De afspraak was op een andere balie al geannuleerd; annuleren gaat voor wijzigen.</source>
        <translation>De afspraak was op een andere balie al geannuleerd; annuleren gaat voor wijzigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Het conflict was op een andere balie al opgelost.</source>
        <translation>Het conflict was op een andere balie al opgelost.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De tijden van dit tijdvak kunnen niet meer veranderen: er staan afspraken in.</source>
        <translation>De tijden van dit tijdvak kunnen niet meer veranderen: er staan afspraken in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het tijdvak kan niet kleiner worden dan het aantal afspraken dat erin staat.</source>
        <translation>Het tijdvak kan niet kleiner worden dan het aantal afspraken dat erin staat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De begin- en eindtijd van het tijdvak kloppen niet.</source>
        <translation>De begin- en eindtijd van het tijdvak kloppen niet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De registratie is op deze computer beschadigd en kan niet worden verstuurd.</source>
        <translation>De registratie is op deze computer beschadigd en kan niet worden verstuurd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>onbekend</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Ze blijft bewaard op deze computer. Exporteer de lijst voor de ICT-afdeling.</source>
        <translation>Ze blijft bewaard op deze computer. Exporteer de lijst voor de ICT-afdeling.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ze blijft bewaard en wordt niet meer vanzelf verstuurd. Is het probleem opgelost, kies dan Opnieuw aanbieden.</source>
        <translation>Ze blijft bewaard en wordt niet meer vanzelf verstuurd. Is het probleem opgelost, kies dan Opnieuw aanbieden.</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../ui/words/__init__.py" line="+55"/>
        <source>Er ging iets mis (melding {code}).</source>
        <extracomment>Every module&apos;s sentences, as (Linguist context, source text) per code. Per code, what turns its raw parameters into the words the sentence shows. What a clerk reads for a code that has no words (a newer core, a bug): never a bare code.</extracomment>
        <translation>Er ging iets mis (melding {code}).</translation>
    </message>
</context>
</TS>
