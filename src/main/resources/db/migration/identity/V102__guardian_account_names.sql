-- Guardian accounts were named g<phone>, showing the full phone number to anyone who saw the account name.
-- They get a random name instead; the phone still signs them in.
UPDATE person SET account = 'g' || substr(md5(random()::text || id::text), 1, 12), updated_at = now()
WHERE account ~ '^g1[3-9][0-9]{9}$';
