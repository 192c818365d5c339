package no.arshjul.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginSettingRepository extends JpaRepository<LoginSetting, Integer> {
}
